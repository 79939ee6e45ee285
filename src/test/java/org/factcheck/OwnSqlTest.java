package org.factcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each module owns the SQL over its tables (docs/architecture.md, "Where each kind of SQL lives"): the
 * module test sees Java imports, not table names in SQL strings, so this reads the SQL every module
 * writes (string literals and text blocks) and fails on each table another module owns that it reads or
 * writes, beyond the views owners offer. A table name the SQL takes from a fragment (a Java method of the
 * owner, such as {@code ClaimConditions.claims}) is the owner's to name.
 */
class OwnSqlTest {

    private static final Path MAIN = Path.of("src/main/java/org/factcheck");
    private static final Path MIGRATIONS = Path.of("db-migrations");

    /** Every table and view of the schema, by the module that owns it. */
    private static final Map<String, Set<String>> OWNED = Map.ofEntries(
            Map.entry("account", Set.of("reviewer", "reviewer_username")),
            Map.entry("archive", Set.of("archived_copy", "archive_capture", "archive_pin", "link_check", "public_archived_copy")),
            Map.entry("claim", Set.of("claim", "appearance", "claim_entity", "claim_link", "claim_pair_rejected", "claim_statement",
                    "claim_appearance", "claim_mention")),
            Map.entry("entity", Set.of("entity", "alias", "entity_name", "entity_alias")),
            Map.entry("feed", Set.of("public_record", "public_record_head")),
            // Envers writes the audit tables on every audited module's behalf; reading them is history's job
            Map.entry("history", Set.of("revision", "claim_aud", "appearance_aud", "claim_entity_aud", "entity_aud",
                    "alias_aud", "source_aud", "verdict_aud", "evidence_aud", "comment_aud")),
            Map.entry("comment", Set.of("comment")),
            Map.entry("notification", Set.of("notification")),
            Map.entry("importing", Set.of("candidate_claim", "import_near_duplicate", "source_fingerprint")),
            Map.entry("matching", Set.of("claim_embedding", "external_fact_check", "claim_matching_database")),
            Map.entry("seed", Set.of("seed_item")),
            Map.entry("source", Set.of("source", "source_text_version", "source_listing", "source_text")),
            Map.entry("verdict", Set.of("verdict", "evidence", "rating", "rating_scale",
                    "verdict_transition", "verdict_publication", "verdict_publication_evidence", "verdict_correction",
                    "public_fact_check", "public_evidence", "public_correction", "claim_verdict", "rating_label", "rating_on_scale", "verdict_rationale", "publication_evidence",
                    "verdict_summary", "evidence_item", "verdict_step")));

    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern TABLE_NAMED = Pattern.compile(
            "\\b(?:from|join|update|into)\\s+([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREATED = Pattern.compile(
            "create\\s+(?:table|view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);

    @Test
    void every_table_in_the_migrations_has_one_owning_module() {
        Set<String> created = new TreeSet<>();
        for (Path migration : files(MIGRATIONS, ".sql")) {
            Matcher table = CREATED.matcher(read(migration));
            while (table.find()) {
                created.add(table.group(1).toLowerCase());
            }
        }
        Set<String> owned = new TreeSet<>();
        OWNED.values().forEach(owned::addAll);
        assertThat(owned).as("tables and views the owner map names").containsExactlyInAnyOrderElementsOf(created);
    }

    @Test
    void modules_name_only_their_own_tables_and_what_owners_offer_in_their_sql() {
        Map<String, String> owners = new TreeMap<>();
        OWNED.forEach((module, tables) -> tables.forEach(table -> owners.put(table, module)));
        Map<String, Set<String>> crossings = new TreeMap<>();
        for (Path file : files(MAIN, ".java")) {
            String module = MAIN.relativize(file).getName(0).toString();
            if (file.getParent().equals(MAIN)) {
                continue; // the application class
            }
            for (String sql : sqlIn(read(file))) {
                Matcher named = TABLE_NAMED.matcher(sql);
                while (named.find()) {
                    String owner = owners.get(named.group(1).toLowerCase());
                    if (owner != null && !owner.equals(module) && !offered(named.group(1).toLowerCase())) {
                        crossings.computeIfAbsent(module, any -> new TreeSet<>()).add(named.group(1).toLowerCase());
                    }
                }
            }
        }
        assertThat(crossings).as("tables of other modules named in each module's SQL, beyond the views owners offer")
                .isEmpty();
    }

    /** The views a module offers to others (V160, V161, V220, V230): reading them is what they are for. */
    private static boolean offered(String table) {
        return Set.of("public_fact_check", "public_evidence", "public_correction", "claim_verdict", "rating_label",
                "reviewer_username", "source_listing", "entity_name", "entity_alias", "claim_statement", "claim_appearance",
                "claim_mention", "rating_on_scale", "source_text", "verdict_rationale", "publication_evidence", "verdict_summary", "evidence_item", "verdict_step",
                "public_archived_copy")
                .contains(table);
    }

    private static Set<String> sqlIn(String java) {
        Set<String> texts = new TreeSet<>();
        Matcher block = TEXT_BLOCK.matcher(java);
        while (block.find()) {
            texts.add(block.group(1));
        }
        Matcher string = STRING.matcher(TEXT_BLOCK.matcher(java).replaceAll(""));
        while (string.find()) {
            texts.add(string.group(1));
        }
        return texts;
    }

    private static Set<Path> files(Path folder, String ending) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(path -> path.toString().endsWith(ending)).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
