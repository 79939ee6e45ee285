package org.factcheck.importing;

import java.time.LocalDate;
import org.factcheck.source.DatePrecision;

/**
 * What a reviewer imports: either a file's bytes with its name (.txt, .md or .html), or a pasted
 * text, with the source's details; the publication date is known to the day, month or year.
 */
public record ImportRequest(byte[] file, String fileName, String pastedText, String title, String outlet, String author,
        LocalDate publishedOn, DatePrecision publishedPrecision, String language, String url) {

    /** A pasted text with its details, dated to the day. */
    public static ImportRequest pasted(String text, String title, String outlet, LocalDate publishedOn, String language,
            String url) {
        return new ImportRequest(null, null, text, title, outlet, null, publishedOn, DatePrecision.DAY, language, url);
    }

    /** An uploaded file with its details, dated to the day. */
    public static ImportRequest file(byte[] bytes, String fileName, String title, String outlet, LocalDate publishedOn,
            String language, String url) {
        return new ImportRequest(bytes, fileName, null, title, outlet, null, publishedOn, DatePrecision.DAY, language, url);
    }

    boolean isFile() {
        return file != null;
    }

    DatePrecision precision() {
        return publishedOn == null ? DatePrecision.UNKNOWN : publishedPrecision == null ? DatePrecision.DAY : publishedPrecision;
    }
}
