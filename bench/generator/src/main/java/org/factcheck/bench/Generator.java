package org.factcheck.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.factcheck.bench.ClaimPlan.EvidencePlan;
import org.factcheck.bench.ClaimPlan.Ids;
import org.factcheck.bench.Corpus.PlacedQuote;
import org.factcheck.claim.QuoteAnchor;
import org.factcheck.source.Source;
import org.factcheck.source.SourceOrigin;
import org.factcheck.verdict.VerdictStatus;
import org.flywaydb.core.Flyway;

/**
 * Adds a reproducible synthetic desk to a PostgreSQL database: sources, claims with their
 * appearances and mentions, entities with spelling variants, verdicts and evidence, at any scale.
 * It migrates the schema first (so an empty database works), reserves id ranges in the tables'
 * identity sequences, and writes every table by COPY in one transaction: either all of a run is
 * added, or none of it. Existing rows are never touched. Then it writes the history the desk's work
 * would have left on those rows over the years (revisions and Envers *_aud rows, see {@link #history}).
 */
public final class Generator {

    /** The name in the created_by/updated_by columns of every generated row. */
    static final String ACCOUNT = "generator";
    /** Generated entities exist from the start of the generated period. */
    private static final Instant ENTITIES_CREATED = Scale.FIRST_DAY.atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final String USAGE = """
            usage: bench/generate [--sources 100000] [--claims 1000000] [--published 100000] [--seed 42]
                                  [--jdbc-url jdbc:postgresql://127.0.0.1:54329/factcheck] [--user postgres]
                                  [--migrations filesystem:db-migrations]
            The password, if the server wants one, comes from the environment variable PGPASSWORD.""";

    /** What to generate, and where. */
    record Options(Scale scale, long seed, String jdbcUrl, String user, String password, String migrations) {

        static Options parse(String... args) {
            Map<String, String> given = CommandLine.parse(Map.of("--sources", "100000", "--claims", "1000000",
                    "--published", "100000", "--seed", "42", "--jdbc-url", "jdbc:postgresql://127.0.0.1:54329/factcheck",
                    "--user", "postgres", "--migrations", "filesystem:db-migrations"), args);
            try {
                Scale scale = new Scale(Integer.parseInt(given.get("--sources")), Integer.parseInt(given.get("--claims")),
                        Integer.parseInt(given.get("--published")));
                return new Options(scale, Long.parseLong(given.get("--seed")), given.get("--jdbc-url"),
                        given.get("--user"), System.getenv().getOrDefault("PGPASSWORD", ""), given.get("--migrations"));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("counts and the seed are whole numbers: " + e.getMessage(), e);
            }
        }
    }

    /** How long one step took: a table's COPY (with its row count), or the final VACUUM (rows = -1). */
    record TableReport(String table, long rows, double seconds) {

        @Override
        public String toString() {
            return rows < 0 ? String.format(Locale.ENGLISH, "%-31s %8.1f s", table, seconds)
                    : String.format(Locale.ENGLISH, "%-13s %,12d rows %8.1f s %,10.0f rows/s", table, rows, seconds,
                            rows / Math.max(seconds, 0.001));
        }
    }

    private final Options options;
    private final Scale scale;
    private final RandomStreams streams;
    private final List<TableReport> reports = new ArrayList<>();

    Generator(Options options) {
        this.options = options;
        this.scale = options.scale();
        this.streams = new RandomStreams(options.seed());
    }

    public static void main(String[] args) throws SQLException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        System.out.printf(Locale.ENGLISH, "Generating %s with seed %d into %s%n", options.scale(), options.seed(), options.jdbcUrl());
        long started = System.nanoTime();
        for (TableReport report : new Generator(options).run()) {
            System.out.println(report);
        }
        System.out.printf(Locale.ENGLISH, "Done in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    /** Migrates, generates, commits, then vacuums and analyzes; returns the time each table took. */
    List<TableReport> run() throws SQLException {
        Flyway.configure().dataSource(options.jdbcUrl(), options.user(), options.password())
                .locations(options.migrations()).load().migrate();
        try (Connection connection = DriverManager.getConnection(options.jdbcUrl(), options.user(), options.password())) {
            connection.setAutoCommit(false);
            try {
                generate(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw explained(e);
            }
            connection.setAutoCommit(true);
            long started = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                // Sets the visibility map and the planner's statistics, as autovacuum would some time later.
                statement.execute("VACUUM (ANALYZE) entity, alias, source, claim, claim_entity, appearance, verdict, evidence, "
                        + "revision, claim_aud, appearance_aud, verdict_aud, evidence_aud");
            }
            reports.add(new TableReport("vacuum (analyze)", -1, (System.nanoTime() - started) / 1e9));
        }
        return List.copyOf(reports);
    }

    private void generate(Connection connection) throws SQLException {
        Map<String, Long> ratings = defaultRatings(connection);
        int entityCount = EntityCatalog.fixedCount() + scale.inventedEntities();
        Ids ids = new Ids(reserve(connection, "entity", entityCount), reserve(connection, "source", scale.sources()),
                reserve(connection, "claim", scale.claims()), reserve(connection, "verdict", scale.verdicts()));
        EntityCatalog entities = new EntityCatalog(streams, scale.inventedEntities(), ids.entity());
        Corpus corpus = new Corpus(scale, entities, ids, streams);

        copy(connection, "entity", "id, type, name, description, created_at, created_by, updated_at, updated_by",
                rows -> entities.all().forEach(entity -> rows.row(entity.id(), entity.type(), entity.name(),
                        entity.description(), ENTITIES_CREATED, ACCOUNT, ENTITIES_CREATED, ACCOUNT)));
        copy(connection, "alias", "entity_id, name, language, created_at, created_by, updated_at, updated_by",
                rows -> entities.all().forEach(entity -> entity.aliases().forEach(alias -> rows.row(entity.id(),
                        alias.name(), alias.language(), ENTITIES_CREATED, ACCOUNT, ENTITIES_CREATED, ACCOUNT))));
        copy(connection, "source", "id, title, outlet, author, url, published_on, published_on_precision, language, "
                + "original_language, full_text, sha256, origin, entered_at, entered_by, created_at, created_by, "
                + "updated_at, updated_by", rows -> corpus.forEachSource(source -> rows.row(source.id(), source.title(),
                        source.outlet(), source.author(), source.url(), source.publishedOn(), source.precision(), "en",
                        source.originalLanguage(), source.fullText(), Source.sha256Of(source.fullText()),
                        SourceOrigin.IMPORT, source.enteredAt(), ACCOUNT, source.enteredAt(), ACCOUNT,
                        source.enteredAt(), ACCOUNT)));
        copy(connection, "claim", "id, text, claimant_id, claim_date, check_worthiness, status, note, created_at, "
                + "created_by, updated_at, updated_by", rows -> forEachClaim(entities, ids, claim -> rows.row(claim.id,
                        claim.text, claim.claimant == null ? null : claim.claimant.id(), claim.claimDate,
                        claim.checkWorthiness, claim.status, claim.note, claim.createdAt, ACCOUNT, claim.updatedAt, ACCOUNT)));
        copy(connection, "claim_entity", "claim_id, entity_id", rows -> forEachClaim(entities, ids,
                claim -> claim.mentions.forEach(entity -> rows.row(claim.id, entity))));
        copy(connection, "appearance", "claim_id, source_id, quote, start_offset, end_offset, prefix, suffix, "
                + "created_at, created_by, updated_at, updated_by", rows -> corpus.forEachSource(source -> {
                    for (PlacedQuote placed : source.quotes()) {
                        QuoteAnchor anchor = placed.anchor();
                        rows.row(placed.claimId(), source.id(), anchor.quote(), anchor.start(), anchor.end(),
                                anchor.prefix(), anchor.suffix(), source.enteredAt(), ACCOUNT, source.enteredAt(), ACCOUNT);
                    }
                }));
        // A retraction carries its public note and date (the schema insists since V40).
        // Every verdict gets a headline (public ones must have one since V130): its claim, cut at a word.
        copy(connection, "verdict", "id, claim_id, rating_id, headline, rationale, status, published_at, retraction_note, "
                + "retracted_at, created_at, created_by, updated_at, updated_by", rows -> forEachClaim(entities, ids, claim -> {
                    if (claim.verdict != null) {
                        ClaimPlan.VerdictPlan verdict = claim.verdict;
                        boolean retracted = verdict.status() == VerdictStatus.RETRACTED;
                        rows.row(verdict.id(), claim.id, ratings.get(verdict.rating()), headline(claim.text), verdict.rationale(),
                                verdict.status(), verdict.publishedAt(),
                                retracted ? "Retracted: the figures this rating relied on were withdrawn." : null,
                                retracted ? verdict.updatedAt() : null, verdict.createdAt(), ACCOUNT,
                                verdict.updatedAt(), ACCOUNT);
                    }
                }));
        copy(connection, "evidence", "verdict_id, stance, source_id, url, title, publisher, published_on, accessed_on, "
                + "quote, position, created_at, created_by, updated_at, updated_by", rows -> forEachClaim(entities, ids,
                        claim -> {
                            if (claim.verdict != null) {
                                List<EvidencePlan> evidence = claim.verdict.evidence();
                                for (int position = 0; position < evidence.size(); position++) {
                                    EvidencePlan item = evidence.get(position);
                                    rows.row(claim.verdict.id(), item.stance(), item.sourceId(), item.url(), item.title(),
                                            item.publisher(), item.publishedOn(), item.accessedOn(), item.quote(),
                                            position, claim.verdict.createdAt(), ACCOUNT, claim.verdict.createdAt(), ACCOUNT);
                                }
                            }
                        }));
        history(connection, ids);
    }

    /** The reviewers the generated history names, as many as a large desk has. */
    static final int HISTORY_REVIEWERS = 30;

    /**
     * The history of the generated rows, as Envers would have written it while reviewers worked: one
     * revision when a claim was entered (with its appearances), one when a reviewer last changed it, one
     * when its verdict was drafted (with its evidence) and one when the verdict last moved on (submitted,
     * published, retracted), in time order, each by one of {@link #HISTORY_REVIEWERS} reviewers. Written
     * in SQL from the rows just copied: about 1.4 million revisions and 3.3 million audit rows at full scale.
     */
    private void history(Connection connection, Ids ids) throws SQLException {
        long started = System.nanoTime();
        String claims = "between " + ids.claim() + " and " + (ids.claim() + scale.claims() - 1);
        String verdicts = "between " + ids.verdict() + " and " + (ids.verdict() + scale.verdicts() - 1);
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TEMPORARY TABLE generated_change ON COMMIT DROP AS
                    SELECT row_number() OVER (ORDER BY at, kind, record_id, revtype) AS n, at, kind, record_id, revtype,
                           'reviewer-' || (record_id %% %3$d + 1) AS reviewer
                    FROM (SELECT created_at AS at, 'claim' AS kind, id AS record_id, 0 AS revtype FROM claim WHERE id %1$s
                          UNION ALL
                          SELECT updated_at, 'claim', id, 1 FROM claim WHERE id %1$s AND updated_at > created_at
                          UNION ALL
                          SELECT created_at, 'verdict', id, 0 FROM verdict WHERE id %2$s
                          UNION ALL
                          SELECT updated_at, 'verdict', id, 1 FROM verdict WHERE id %2$s AND updated_at > created_at) changes
                    """.formatted(claims, verdicts, HISTORY_REVIEWERS));
            long changes;
            try (ResultSet count = statement.executeQuery("SELECT count(*) FROM generated_change")) {
                count.next();
                changes = count.getLong(1);
            }
            long first = reserve(connection, "revision", changes) - 1;
            long revisions = statement.executeUpdate("INSERT INTO revision (id, revised_at, reviewer) "
                    + "SELECT " + first + " + n, at, reviewer FROM generated_change");
            long rows = statement.executeUpdate("""
                    INSERT INTO claim_aud (id, rev, revtype, text, claimant_id, claim_date, check_worthiness, status, note,
                                           created_at, created_by, updated_at, updated_by)
                    SELECT c.id, %d + g.n, g.revtype, c.text, c.claimant_id, c.claim_date, c.check_worthiness,
                           CASE WHEN g.revtype = 0 THEN 'UNREVIEWED' ELSE c.status END, c.note,
                           c.created_at, c.created_by, g.at, g.reviewer
                    FROM generated_change g JOIN claim c ON c.id = g.record_id WHERE g.kind = 'claim'
                    """.formatted(first));
            rows += statement.executeUpdate("""
                    INSERT INTO appearance_aud (id, rev, revtype, claim_id, source_id, quote, start_offset, end_offset, prefix,
                                                suffix, anchor_status, created_at, created_by, updated_at, updated_by)
                    SELECT a.id, %d + g.n, 0, a.claim_id, a.source_id, a.quote, a.start_offset, a.end_offset, a.prefix,
                           a.suffix, a.anchor_status, a.created_at, a.created_by, a.updated_at, a.updated_by
                    FROM generated_change g JOIN appearance a ON a.claim_id = g.record_id
                    WHERE g.kind = 'claim' AND g.revtype = 0
                    """.formatted(first));
            rows += statement.executeUpdate("""
                    INSERT INTO verdict_aud (id, rev, revtype, claim_id, rating_id, rationale, status, published_at,
                                             retracted_at, retraction_note, created_at, created_by, updated_at, updated_by)
                    SELECT v.id, %d + g.n, g.revtype, v.claim_id, v.rating_id, v.rationale,
                           CASE WHEN g.revtype = 0 THEN 'DRAFT' ELSE v.status END,
                           CASE WHEN g.revtype = 0 THEN NULL ELSE v.published_at END,
                           CASE WHEN g.revtype = 0 THEN NULL ELSE v.retracted_at END,
                           CASE WHEN g.revtype = 0 THEN NULL ELSE v.retraction_note END,
                           v.created_at, v.created_by, g.at, g.reviewer
                    FROM generated_change g JOIN verdict v ON v.id = g.record_id WHERE g.kind = 'verdict'
                    """.formatted(first));
            rows += statement.executeUpdate("""
                    INSERT INTO evidence_aud (id, rev, revtype, verdict_id, stance, source_id, url, title, publisher,
                                              published_on, accessed_on, quote, position, created_at, created_by,
                                              updated_at, updated_by)
                    SELECT e.id, %d + g.n, 0, e.verdict_id, e.stance, e.source_id, e.url, e.title, e.publisher,
                           e.published_on, e.accessed_on, e.quote, e.position, e.created_at, e.created_by,
                           e.updated_at, e.updated_by
                    FROM generated_change g JOIN evidence e ON e.verdict_id = g.record_id
                    WHERE g.kind = 'verdict' AND g.revtype = 0
                    """.formatted(first));
            reports.add(new TableReport("revision", revisions, (System.nanoTime() - started) / 1e9));
            reports.add(new TableReport("*_aud", rows, (System.nanoTime() - started) / 1e9));
        }
    }

    private void forEachClaim(EntityCatalog entities, Ids ids, Consumer<ClaimPlan> consumer) {
        ClaimSequence claims = new ClaimSequence(scale, entities, ids, streams);
        while (claims.hasNext()) {
            consumer.accept(claims.next());
        }
    }

    private void copy(Connection connection, String table, String columns, Consumer<CopyWriter> rows) throws SQLException {
        long started = System.nanoTime();
        CopyWriter writer = new CopyWriter(connection, table, columns);
        try (writer) {
            rows.accept(writer);
        }
        reports.add(new TableReport(table, writer.rows(), (System.nanoTime() - started) / 1e9));
    }

    /**
     * Takes the next {@code count} values of the table's identity sequence for this run, so the
     * generated rows can refer to each other by id and the app's own inserts continue after them.
     * Returns the first; sequences are not transactional, so a failed run leaves a gap.
     */
    private static long reserve(Connection connection, String table, long count) throws SQLException {
        if (count == 0) {
            return 0;
        }
        try (Statement statement = connection.createStatement();
             ResultSet last = statement.executeQuery("SELECT setval(s, nextval(s) + " + (count - 1) + ") FROM "
                     + "pg_get_serial_sequence('" + table + "', 'id') AS s")) {
            last.next();
            return last.getLong(1) - count + 1;
        }
    }

    private static Map<String, Long> defaultRatings(Connection connection) throws SQLException {
        Map<String, Long> ratings = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT r.label, r.id FROM rating r "
                     + "JOIN rating_scale s ON s.id = r.scale_id WHERE s.name = 'Default'")) {
            while (rows.next()) {
                ratings.put(rows.getString(1), rows.getLong(2));
            }
        }
        return ratings;
    }

    /** The one failure a person is likely to cause: generating the same seed into the same database twice. */
    private RuntimeException explained(Exception e) {
        if (e.getMessage() != null && e.getMessage().contains("source_sha256_key")) {
            return new IllegalStateException("The sources of seed " + options.seed() + " are already in this database "
                    + "(same texts, same SHA-256): nothing was added. Use another --seed.", e);
        }
        return e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getMessage(), e);
    }

    /** A claim as a headline of at most 75 characters, cut at a word as V130 cuts earlier ones. */
    static String headline(String claim) {
        String text = claim.strip();
        if (text.length() <= 75) {
            return text;
        }
        int cut = text.lastIndexOf(' ', 74);
        return text.substring(0, cut > 0 ? cut : 74).strip() + "…";
    }
}
