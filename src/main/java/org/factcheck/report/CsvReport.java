package org.factcheck.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.factcheck.feed.PublicationSettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CSV verdict report: RFC 4180 (Commons CSV), UTF-8, one row per claim or per appearance, with
 * column names taken from Google's Fact Check Tools API so that its users recognise them.
 */
@Service
public class CsvReport {

    /**
     * Fact Check Tools' names where it has one (claim text, claimant, claimDate; claimReview reviewDate,
     * textualRating, url (the fact-check's page), languageCode, title (its headline), publisher name and site),
     * ours for the rest. textualRating is a public rating, so it is filled only for a published verdict; a
     * draft's, a review's or a retracted verdict's rating is in unpublishedRating, beside the verdictStatus that
     * says which. Sources, entities and evidence list one item per line.
     */
    static final List<String> CLAIM_COLUMNS = List.of(
            "claimId", "text", "claimant", "claimDate", "verdictStatus", "reviewDate", "textualRating",
            "unpublishedRating", "rationale", "url", "languageCode", "sources", "entities", "evidence",
            "title", "publisherName", "publisherSite");
    static final List<String> APPEARANCE_COLUMNS = List.of(
            "appearanceId", "quote", "sourceTitle", "sourceUrl", "sourceDate");

    /** Lets Excel recognise UTF-8. */
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final ReportRows rows;
    private final PublicationSettings publication;

    CsvReport(ReportRows rows, PublicationSettings publication) {
        this.rows = rows;
        this.publication = publication;
    }

    /**
     * Writes the claims in the scope to the stream, as they are read, counting them done; the stream
     * is flushed, not closed.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public void write(ReportScope scope, CsvLayout layout, boolean byteOrderMark, OutputStream out, ExportProgress progress)
            throws IOException {
        progress.expect(rows.count(scope, false));
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        if (byteOrderMark) {
            writer.write(BYTE_ORDER_MARK);
        }
        List<String> header = new ArrayList<>(CLAIM_COLUMNS);
        if (layout == CsvLayout.APPEARANCE) {
            header.addAll(APPEARANCE_COLUMNS);
        }
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
        try {
            if (layout == CsvLayout.CLAIM) {
                rows.claims(scope, row -> {
                    print(csv, claimCells(row, row.getString("language")));
                    progress.claimsDone(1);
                });
            } else {
                long[] previousClaim = {-1};
                rows.appearances(scope, row -> {
                    if (row.getLong("claim_id") != previousClaim[0]) {
                        progress.claimsDone(previousClaim[0] == -1 ? 0 : 1);
                        previousClaim[0] = row.getLong("claim_id");
                    }
                    List<Object> cells = claimCells(row, row.getString("source_language"));
                    cells.add(row.getLong("appearance_id"));
                    cells.add(row.getString("quote"));
                    cells.add(row.getString("source_title"));
                    cells.add(row.getString("source_url"));
                    cells.add(row.getObject("source_date", LocalDate.class));
                    print(csv, cells);
                });
            }
            // Claims without appearances have no rows: the export is complete all the same.
            progress.claimsDone(progress.claimsTotal() - progress.claimsDone());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
    }

    private List<Object> claimCells(ResultSet row, String language) throws SQLException {
        long claimId = row.getLong("claim_id");
        Timestamp publishedAt = row.getTimestamp("published_at");
        String status = row.getString("verdict_status");
        boolean published = "PUBLISHED".equals(status);
        List<Object> cells = new ArrayList<>();
        cells.add(claimId);
        cells.add(row.getString("text"));
        cells.add(row.getString("claimant"));
        cells.add(row.getObject("claim_date", LocalDate.class));
        cells.add(status);
        cells.add(publishedAt == null ? null : publishedAt.toInstant());
        cells.add(published ? row.getString("rating") : null);
        cells.add(published ? null : row.getString("rating"));
        cells.add(row.getString("rationale"));
        // A published fact-check has a page of its own, and a retracted one keeps it, with its notice.
        cells.add(published || "RETRACTED".equals(status) ? publication.factCheckUrl(claimId, row.getString("headline")) : null);
        cells.add(language);
        cells.add(row.getString("sources"));
        cells.add(row.getString("entities"));
        cells.add(row.getString("evidence"));
        cells.add(row.getString("headline"));
        cells.add(publication.publisher().name());
        cells.add(publication.publisherUrl());
        return cells;
    }

    private static void print(CSVPrinter csv, List<Object> cells) {
        try {
            csv.printRecord(cells.stream().map(CsvReport::neutralised));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The cell as text, with a leading apostrophe when a spreadsheet would otherwise run it as a
     * formula (OWASP's CSV injection advice): its first visible character is =, +, -, @ or their
     * full-width or small forms (＝, ﹦...), after any spaces, no-break spaces, zero-width characters or byte
     * order marks a spreadsheet skips; or it starts with a tab or a carriage return. Public for the
     * other CSV the desk downloads (the figures).
     */
    public static String neutralised(Object cell) {
        if (cell == null) {
            return null;
        }
        String text = cell.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\r' || FORMULA_STARTS.indexOf(c) >= 0) {
                return "'" + text;
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT) {
                break;
            }
        }
        return text;
    }

    private static final String FORMULA_STARTS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63";
}
