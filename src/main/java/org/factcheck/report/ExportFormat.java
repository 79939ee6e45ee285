package org.factcheck.report;

/** The files an export can produce, as the desk names them. */
public enum ExportFormat {
    PDF("PDF verdict report", "fact-checks.pdf"),
    CSV_PER_CLAIM("CSV, one row per claim", "fact-checks.csv"),
    CSV_PER_APPEARANCE("CSV, one row per appearance", "fact-checks-by-appearance.csv"),
    CLAIM_REVIEW("ClaimReview JSON-LD", "fact-checks.jsonld");

    private final String label;
    private final String fileName;

    ExportFormat(String label, String fileName) {
        this.label = label;
        this.fileName = fileName;
    }

    public String label() {
        return label;
    }

    public String fileName() {
        return fileName;
    }

    public boolean isCsv() {
        return this == CSV_PER_CLAIM || this == CSV_PER_APPEARANCE;
    }

    /** The PDF and ClaimReview hold published fact-checks only; a CSV lists every claim in the scope. */
    public boolean publishedOnly() {
        return !isCsv();
    }
}
