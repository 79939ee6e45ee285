package org.factcheck.report;

import java.text.Bidi;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.factcheck.feed.FactCheck;

/** The PDF report's HTML (XHTML, as openhtmltopdf reads it): the template and the escaping. */
final class ReportHtml {

    private static final String STYLE = """
            @page { size: A4; margin: 20mm 18mm 22mm 18mm; font-family: 'Noto Sans';
                    @bottom-center { content: "Page " counter(page) " of " counter(pages); font-family: 'Noto Sans'; font-size: 9pt; color: #555; } }
            html, body { font-family: 'Noto Sans', 'Noto Naskh Arabic'; font-size: 10.5pt; line-height: 1.4; color: #222; }
            .cover { page-break-after: always; padding-top: 60mm; }
            .cover h1 { font-size: 26pt; margin: 0 0 6mm 0; }
            .cover .organisation { font-size: 16pt; font-weight: bold; color: #1a4d8f; }
            .toc { page-break-after: always; }
            .toc a { color: #222; text-decoration: none; }
            .toc li { margin-bottom: 2mm; }
            .toc a::after { content: leader('.') target-counter(attr(href), page); }
            .fact-check { page-break-before: always; }
            .fact-check:first-of-type { page-break-before: auto; }
            h2 { font-size: 14pt; margin: 0 0 3mm 0; }
            h3 { font-size: 11pt; margin: 5mm 0 1mm 0; color: #1a4d8f; }
            .rating { margin: 2mm 0 4mm 0; }
            .rating .label { font-weight: bold; font-size: 12pt; }
            .scale { width: 80mm; height: 4mm; background: #e4e4e4; border-radius: 2mm; margin-top: 1mm; }
            .scale .mark { height: 4mm; border-radius: 2mm; }
            blockquote { margin: 1mm 0 1mm 4mm; padding-left: 3mm; border-left: 2px solid #aaa; font-style: normal; }
            .rtl { direction: rtl; text-align: right; text-align-last: right; }
            blockquote.rtl { margin: 1mm 4mm 1mm 0; padding-left: 0; padding-right: 3mm; border-left: none; border-right: 2px solid #aaa; }
            a { color: #1a4d8f; }
            .muted { color: #666; font-size: 9pt; }
            ul { padding-left: 5mm; margin: 0; }
            .provenance li { font-size: 9pt; }
            .hash { font-size: 8pt; color: #444; word-wrap: break-word; }
            """;

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** One fact-check of the report with its provenance. */
    record Entry(FactCheck factCheck, Provenance provenance) {
    }

    private ReportHtml() {
    }

    static String of(String organisation, String scope, LocalDate date, List<Entry> entries) {
        List<FactCheck> factChecks = entries.stream().map(Entry::factCheck).toList();
        StringBuilder html = new StringBuilder(4096 + factChecks.size() * 2048);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"/><title>Verdict report</title><style>")
                .append(STYLE).append("</style></head><body>");
        html.append("<div class=\"cover\"><div class=\"organisation\">").append(escape(organisation)).append("</div>")
                .append("<h1>Verdict report</h1>")
                .append("<p>").append(escape(scope)).append("</p>")
                .append("<p>").append(factChecks.size()).append(factChecks.size() == 1 ? " fact-check" : " fact-checks")
                .append(" · ").append(date).append("</p></div>");
        if (factChecks.size() > 1) {
            html.append("<div class=\"toc\"><h2>Contents</h2><ol>");
            for (FactCheck factCheck : factChecks) {
                html.append("<li><a href=\"#fact-check-").append(factCheck.id()).append("\">")
                        .append(escape(shortened(factCheck.claimText()))).append(" — ")
                        .append(escape(factCheck.rating().label())).append("</a></li>");
            }
            html.append("</ol></div>");
        }
        for (Entry entry : entries) {
            factCheck(html, entry.factCheck(), entry.provenance());
        }
        return html.append("</body></html>").toString();
    }

    /**
     * A text's direction as attributes, from its first strong character (as dir="auto" would decide,
     * which openhtmltopdf does not): right-to-left text is also set right, every line of it, where
     * the renderer would set the last line of a paragraph on the left.
     */
    static String direction(String text) {
        boolean rightToLeft = text != null && !new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
        return rightToLeft ? " dir=\"rtl\" class=\"rtl\"" : " dir=\"ltr\"";
    }

    private static void factCheck(StringBuilder html, FactCheck factCheck, Provenance provenance) {
        html.append("<div class=\"fact-check\" id=\"fact-check-").append(factCheck.id()).append("\">");
        html.append("<h2").append(direction(factCheck.claimText())).append(">").append(escape(factCheck.claimText())).append("</h2>");
        html.append("<p class=\"muted\">")
                .append(factCheck.claimant() == null ? "Claimant unknown" : "Claimed by " + escape(factCheck.claimant().name()))
                .append(factCheck.claimDate() == null ? "" : ", " + factCheck.claimDate())
                .append(" · Published ").append(factCheck.publishedAt().toString(), 0, 10)
                .append(" · <a href=\"").append(escape(factCheck.url().toString())).append("\">")
                .append(escape(factCheck.url().toString())).append("</a></p>");
        FactCheck.Rating rating = factCheck.rating();
        html.append("<div class=\"rating\"><span class=\"label\">").append(escape(rating.label())).append("</span>")
                .append("<div class=\"scale\"><div class=\"mark\" style=\"width: ").append(percent(rating))
                .append("%; background: ").append(colour(rating)).append(";\"></div></div></div>");
        if (factCheck.rationale() != null) {
            html.append("<h3>Rationale</h3><p").append(direction(factCheck.rationale())).append(">")
                    .append(escape(factCheck.rationale())).append("</p>");
        }
        if (!factCheck.evidence().isEmpty()) {
            html.append("<h3>Evidence</h3><ul>");
            for (FactCheck.Evidence evidence : factCheck.evidence()) {
                html.append("<li>").append(escape(evidence.stance().name().toLowerCase(java.util.Locale.ROOT))).append(": ")
                        .append(link(evidence.url(), evidence.title()))
                        .append(evidence.publisher() == null ? "" : ", " + escape(evidence.publisher()))
                        .append(evidence.date() == null ? "" : ", " + escape(evidence.date()))
                        .append(evidence.accessedOn() == null ? "" : " (accessed " + evidence.accessedOn() + ")");
                if (evidence.quote() != null) {
                    html.append("<blockquote").append(direction(evidence.quote())).append(">").append(escape(evidence.quote()))
                            .append("</blockquote>");
                }
                html.append("</li>");
            }
            html.append("</ul>");
        }
        if (!factCheck.appearances().isEmpty()) {
            html.append("<h3>Appearances</h3><ul>");
            for (FactCheck.Appearance appearance : factCheck.appearances()) {
                html.append("<li><blockquote").append(direction(appearance.quote())).append(">").append(escape(appearance.quote()))
                        .append("</blockquote>")
                        .append(link(appearance.url(), appearance.sourceTitle()))
                        .append(appearance.outlet() == null ? "" : ", " + escape(appearance.outlet()))
                        .append(appearance.date() == null ? "" : ", " + escape(appearance.date())).append("</li>");
            }
            html.append("</ul>");
        }
        if (!factCheck.corrections().isEmpty()) {
            html.append("<h3>Corrections</h3><ul>");
            for (FactCheck.Correction correction : factCheck.corrections()) {
                html.append("<li>").append(correction.date()).append(": ")
                        .append(escape(correction.publicNote() == null ? "" : correction.publicNote())).append("</li>");
            }
            html.append("</ul>");
        }
        provenance(html, factCheck, provenance);
        html.append("</div>");
    }

    /** Who drafted and who published the verdict, when, and the fingerprint of each source's exact text. */
    private static void provenance(StringBuilder html, FactCheck factCheck, Provenance provenance) {
        html.append("<h3>Provenance</h3><ul class=\"provenance\">");
        for (Provenance.Step step : provenance.steps()) {
            html.append("<li>").append(escape(step.step())).append(" by ").append(escape(step.madeBy()))
                    .append(", ").append(MOMENT.format(step.madeAt())).append("</li>");
        }
        java.util.Set<Long> listed = new java.util.HashSet<>();
        for (FactCheck.Appearance appearance : factCheck.appearances()) {
            String hash = provenance.sourceHashes().get(appearance.sourceId());
            if (hash != null && listed.add(appearance.sourceId())) {
                html.append("<li>Source “").append(escape(appearance.sourceTitle())).append("”, SHA-256 of its text: ")
                        .append("<span class=\"hash\">").append(hash).append("</span></li>");
            }
        }
        html.append("</ul>");
    }

    /** Where the rating sits on its scale, from worst (a sliver) to best (full). */
    private static int percent(FactCheck.Rating rating) {
        int span = rating.bestValue() - rating.worstValue();
        if (span == 0) {
            return 100;
        }
        return Math.max(5, Math.round(100f * (rating.value() - rating.worstValue()) / span));
    }

    /** Red for the worst ratings through amber to green for the best. */
    private static String colour(FactCheck.Rating rating) {
        int percent = percent(rating);
        return percent < 34 ? "#c0392b" : percent < 67 ? "#e0a526" : "#2e8b57";
    }

    private static String link(String url, String text) {
        String label = escape(text == null ? url : text);
        return url == null ? label : "<a href=\"" + escape(url) + "\">" + label + "</a>";
    }

    private static String shortened(String text) {
        return text.length() <= 120 ? text : text.substring(0, 119) + "…";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    // XML 1.0 forbids most control characters; a stray one would stop the whole report.
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
