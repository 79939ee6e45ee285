package org.factcheck.seed;

import java.util.List;

/** The shapes of the curated seed files, as a person writes them in YAML. */
final class SeedFiles {

    private SeedFiles() {
    }

    record SourceEntry(String file, String sha256, String title, String outlet, String author, String url,
            String published, String language, String originalLanguage, String notes) {
    }

    record EntityEntry(String key, String type, String name, String description, List<AliasEntry> aliases) {
    }

    record AliasEntry(String name, String language) {
    }

    record ClaimEntry(String key, String text, String claimant, String claimDate, String checkWorthiness,
            List<String> mentions, List<AppearanceEntry> appearances, List<String> contradicts, String note) {

        List<String> mentionKeys() {
            return mentions == null ? List.of() : mentions;
        }

        List<String> contradictionKeys() {
            return contradicts == null ? List.of() : contradicts;
        }

        List<AppearanceEntry> appearanceList() {
            return appearances == null ? List.of() : appearances;
        }
    }

    record AppearanceEntry(String source, String quote) {
    }

    record VerdictEntry(String claim, String rating, String status, String headline, String rationale,
            List<EvidenceEntry> evidence) {

        List<EvidenceEntry> evidenceList() {
            return evidence == null ? List.of() : evidence;
        }
    }

    record EvidenceEntry(String stance, String source, String url, String title, String publisher,
            String published, String accessed, String quote) {
    }
}
