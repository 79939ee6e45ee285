package org.factcheck.report;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factcheck.base.Refusal;
import org.factcheck.base.Words;
import org.factcheck.feed.PublicationSettings;
import org.factcheck.feed.PublishedFactChecks;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PDF verdict report of the published fact-checks in a scope: a cover, a table of contents,
 * then each fact-check with its rating, rationale, evidence, appearances, corrections and
 * provenance (who drafted and who published the verdict, when, and each source's SHA-256). It is
 * rendered from HTML by openhtmltopdf, with the fonts shipped in {@code fonts/} embedded and ICU
 * shaping Arabic and Persian and ordering right-to-left text.
 */
@Service
public class PdfReport {

    private static final int BATCH = 200;

    private final ReportRows rows;
    private final PublishedFactChecks factChecks;
    private final PublicationSettings publication;
    private final Clock clock = Clock.systemUTC();
    private final int maxFactChecks;

    PdfReport(ReportRows rows, PublishedFactChecks factChecks, PublicationSettings publication,
            @Value("${factcheck.exports.pdf-max-fact-checks:2000}") int maxFactChecks) {
        this.rows = rows;
        this.factChecks = factChecks;
        this.publication = publication;
        this.maxFactChecks = maxFactChecks;
    }

    /**
     * Why the scope cannot be a PDF, if it cannot: it has more fact-checks than one document laid
     * out in memory should hold (see docs/benchmarks.md for the memory a thousand take).
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public Optional<String> refusal(ReportScope scope) {
        return refusal(rows.count(scope, true));
    }

    Optional<String> refusal(int factChecks) {
        if (factChecks <= maxFactChecks) {
            return Optional.empty();
        }
        return Optional.of("A PDF report holds at most " + maxFactChecks + " fact-checks and this selection has "
                + factChecks + ": narrow it (a shorter range of claim dates, a rating, an entity or a source), "
                + "or export CSV or ClaimReview JSON-LD, which have no limit.");
    }

    /**
     * Writes the report to the stream, counting claims as they are read and pages as they are drawn;
     * the stream is flushed, not closed. The whole document is laid out in memory before the first
     * page is drawn (openhtmltopdf needs it for the page numbers in the contents).
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public void write(ReportScope scope, OutputStream out, ExportProgress progress) throws IOException {
        int total = rows.count(scope, true);
        refusal(total).ifPresent(tooMany -> {
            throw new Refusal(tooMany);
        });
        progress.expect(total);
        List<Long> ids = new ArrayList<>();
        rows.publishedClaimIds(scope, row -> ids.add(row.getLong("claim_id")));
        List<ReportHtml.Entry> selected = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i += BATCH) {
            List<Long> batch = ids.subList(i, Math.min(ids.size(), i + BATCH));
            Map<Long, Provenance> provenance = rows.provenanceOf(batch);
            factChecks.findAll(batch).forEach(factCheck -> selected.add(
                    new ReportHtml.Entry(factCheck, provenance.getOrDefault(factCheck.id(), Provenance.UNKNOWN))));
            progress.claimsDone(batch.size());
        }
        String html = ReportHtml.of(publication.publisher().name(), describe(scope, rows.namesIn(scope)), LocalDate.now(clock), selected);
        progress.stopIfCancelled();
        PdfRendererBuilder pdf = new PdfRendererBuilder();
        pdf.useFastMode();
        pdf.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        pdf.useUnicodeBidiReorderer(new ICUBidiReorderer());
        pdf.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
        font(pdf, "NotoSans-Regular.ttf", "Noto Sans", 400);
        font(pdf, "NotoSans-Bold.ttf", "Noto Sans", 700);
        font(pdf, "NotoNaskhArabic-Regular.ttf", "Noto Naskh Arabic", 400);
        // Asked for each page as it is drawn: the moment to count it, and to stop if cancelled.
        pdf.usePageSupplier((document, width, height, pageNumber, shadowPageNumber) -> {
            progress.pageDone();
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            return page;
        });
        pdf.withHtmlContent(html, publication.link("/").toString());
        pdf.toStream(out);
        pdf.run();
        out.flush();
    }

    private static void font(PdfRendererBuilder pdf, String file, String family, int weight) {
        ClassPathResource resource = new ClassPathResource("fonts/" + file);
        pdf.useFont(() -> {
            try {
                return resource.getInputStream();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, family, weight, BaseRendererBuilder.FontStyle.NORMAL, true);
    }

    /**
     * The scope in words, for the cover: "Rating: False; about Mustafa al-Kadhimi; claims made from
     * 2024-01-01", each record by its name (an id only if it no longer exists).
     */
    static String describe(ReportScope scope, ReportRows.Names names) {
        List<String> parts = new ArrayList<>();
        if (scope.claim() != null) {
            return "The claim “" + names.claim().orElse("#" + scope.claim()) + "”";
        }
        if (scope.text() != null && !scope.text().isBlank()) {
            parts.add("Claims with the words “" + scope.text().strip() + "”");
        }
        if (scope.status() != null) {
            parts.add("Claim status: " + Words.inSentence(scope.status()));
        }
        if (scope.rating() != null && !scope.rating().isBlank()) {
            parts.add("Rating: " + scope.rating().strip());
        }
        if (scope.checkWorthiness() != null) {
            parts.add("Check-worthiness: " + Words.inSentence(scope.checkWorthiness()));
        }
        if (scope.entity() != null) {
            parts.add("About " + names.entity().orElse("entity #" + scope.entity()));
        }
        if (scope.source() != null) {
            parts.add("Claims in “" + names.source().orElse("source #" + scope.source()) + "”");
        }
        if (scope.from() != null || scope.to() != null) {
            parts.add("Claims made " + (scope.from() == null ? "" : "from " + scope.from() + " ")
                    + (scope.to() == null ? "" : "to " + scope.to()));
        }
        return parts.isEmpty() ? "All published fact-checks" : String.join("; ", parts).strip();
    }
}
