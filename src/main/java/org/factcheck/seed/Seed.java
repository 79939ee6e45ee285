package org.factcheck.seed;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factcheck.claim.CheckWorthiness;
import org.factcheck.claim.QuoteAnchor;
import org.factcheck.entity.EntityType;
import org.factcheck.seed.SeedFiles.AppearanceEntry;
import org.factcheck.seed.SeedFiles.ClaimEntry;
import org.factcheck.seed.SeedFiles.EntityEntry;
import org.factcheck.seed.SeedFiles.EvidenceEntry;
import org.factcheck.seed.SeedFiles.SourceEntry;
import org.factcheck.seed.SeedFiles.VerdictEntry;
import org.factcheck.source.DatePrecision;
import org.factcheck.source.Source;
import org.factcheck.verdict.Stance;
import org.factcheck.verdict.Verdict;
import org.factcheck.verdict.VerdictStatus;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The curated seed, read from a folder and checked as a whole before anything is written: every
 * document has the bytes the seed expects, every quote occurs verbatim exactly once, every key
 * that is referred to exists.
 */
record Seed(Path folder, List<SourceEntry> sources, Map<String, String> documentTexts, List<EntityEntry> entities,
        List<ClaimEntry> claims, List<VerdictEntry> verdicts) {

    static final String SOURCES = "sources.yaml";
    static final String ENTITIES = "entities.yaml";
    static final String CLAIMS = "claims.yaml";
    static final String VERDICTS = "verdicts.yaml";
    static final String DOCUMENTS = "documents";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Reads and checks the seed in the folder; throws a {@link SeedException} naming every problem. */
    static Seed read(Path folder) {
        List<String> problems = new ArrayList<>();
        List<SourceEntry> sources = readList(folder, SOURCES, new TypeReference<>() { }, problems);
        List<EntityEntry> entities = readList(folder, ENTITIES, new TypeReference<>() { }, problems);
        List<ClaimEntry> claims = readList(folder, CLAIMS, new TypeReference<>() { }, problems);
        List<VerdictEntry> verdicts = readList(folder, VERDICTS, new TypeReference<>() { }, problems);
        Map<String, String> texts = readDocuments(folder, sources, problems);
        if (problems.isEmpty()) {
            checkEntities(entities, problems);
            checkClaims(claims, entities, texts, problems);
            checkVerdicts(verdicts, claims, texts, problems);
        }
        if (!problems.isEmpty()) {
            throw new SeedException(problems);
        }
        return new Seed(folder, sources, texts, entities, claims, verdicts);
    }

    private static <T> List<T> readList(Path folder, String file, TypeReference<List<T>> type, List<String> problems) {
        Path path = folder.resolve(file);
        try {
            List<T> items = YAML.readValue(path.toFile(), type);
            return items == null ? List.of() : items;
        } catch (RuntimeException e) {
            problems.add(path + ": cannot be read: " + e.getMessage());
            return List.of();
        }
    }

    private static Map<String, String> readDocuments(Path folder, List<SourceEntry> sources, List<String> problems) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (SourceEntry source : sources) {
            String where = folder.resolve(SOURCES) + ": source " + source.file();
            Path document = folder.resolve(DOCUMENTS).resolve(source.file());
            try {
                byte[] bytes = Files.readAllBytes(document);
                String text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
                String actual = Source.sha256Of(text);
                if (!actual.equals(source.sha256())) {
                    problems.add(where + ": the document " + document + " has changed: its SHA-256 is " + actual
                            + ", the seed expects " + source.sha256());
                }
                texts.put(source.file(), text);
            } catch (CharacterCodingException e) {
                problems.add(where + ": the document " + document + " is not valid UTF-8");
            } catch (IOException e) {
                problems.add(where + ": the document " + document + " cannot be read: " + e.getMessage());
            }
            check(where + ": title", source.title() != null && !source.title().isBlank(), "is missing", problems);
            check(where + ": outlet", source.outlet() != null && !source.outlet().isBlank(), "is missing", problems);
            check(where + ": language", source.language() != null && source.language().matches("[a-z]{2,3}"),
                    "must be an ISO 639 code such as en", problems);
            parsed(where + ": published", () -> publishedDate(source.published()), problems);
        }
        return texts;
    }

    private static void checkEntities(List<EntityEntry> entities, List<String> problems) {
        Set<String> keys = new HashSet<>();
        for (EntityEntry entity : entities) {
            String where = ENTITIES + ": entity '" + entity.key() + "'";
            check(where, keys.add(entity.key()), "is listed twice", problems);
            parsed(where + ": type", () -> EntityType.valueOf(entity.type()), problems);
            check(where + ": name", entity.name() != null && !entity.name().isBlank(), "is missing", problems);
        }
    }

    private static void checkClaims(List<ClaimEntry> claims, List<EntityEntry> entities, Map<String, String> texts,
            List<String> problems) {
        Set<String> entityKeys = new HashSet<>(entities.stream().map(EntityEntry::key).toList());
        Set<String> claimKeys = new HashSet<>();
        for (ClaimEntry claim : claims) {
            String where = CLAIMS + ": claim '" + claim.key() + "'";
            check(where, claimKeys.add(claim.key()), "is listed twice", problems);
            check(where + ": text", claim.text() != null && !claim.text().isBlank(), "is missing", problems);
            check(where + ": claimant '" + claim.claimant() + "'",
                    claim.claimant() == null || entityKeys.contains(claim.claimant()), "is not an entity key", problems);
            claim.mentionKeys().forEach(key ->
                    check(where + ": mention '" + key + "'", entityKeys.contains(key), "is not an entity key", problems));
            parsed(where + ": claim_date", () -> date(claim.claimDate()), problems);
            parsed(where + ": check_worthiness", () -> checkWorthiness(claim.checkWorthiness()), problems);
            check(where, !claim.appearanceList().isEmpty(), "has no appearance", problems);
            for (AppearanceEntry appearance : claim.appearanceList()) {
                anchor(where, appearance.source(), appearance.quote(), texts, true, problems);
            }
        }
        for (ClaimEntry claim : claims) {
            claim.contradictionKeys().forEach(key -> check(CLAIMS + ": claim '" + claim.key() + "': contradicts '" + key + "'",
                    claimKeys.contains(key), "is not a claim key", problems));
        }
    }

    private static void checkVerdicts(List<VerdictEntry> verdicts, List<ClaimEntry> claims, Map<String, String> texts,
            List<String> problems) {
        Set<String> claimKeys = new HashSet<>(claims.stream().map(ClaimEntry::key).toList());
        Set<String> rated = new HashSet<>();
        for (VerdictEntry verdict : verdicts) {
            String where = VERDICTS + ": verdict on '" + verdict.claim() + "'";
            check(where, claimKeys.contains(verdict.claim()), "names no claim of " + CLAIMS, problems);
            check(where, rated.add(verdict.claim()), "is the second verdict on that claim", problems);
            check(where + ": rationale", verdict.rationale() != null && !verdict.rationale().isBlank(), "is missing", problems);
            check(where + ": headline", verdict.headline() != null && !verdict.headline().isBlank(), "is missing", problems);
            check(where + ": headline", verdict.headline() == null || verdict.headline().strip().length() <= Verdict.HEADLINE_MAX,
                    "is longer than " + Verdict.HEADLINE_MAX + " characters", problems);
            parsed(where + ": status", () -> verdictStatus(verdict.status()), problems);
            check(where, !verdict.evidenceList().isEmpty(), "has no evidence", problems);
            for (EvidenceEntry evidence : verdict.evidenceList()) {
                parsed(where + ": evidence stance", () -> Stance.valueOf(evidence.stance()), problems);
                parsed(where + ": evidence published", () -> date(evidence.published()), problems);
                parsed(where + ": evidence accessed", () -> date(evidence.accessed()), problems);
                if (evidence.source() != null) {
                    if (evidence.quote() != null) {
                        anchor(where + ": evidence", evidence.source(), evidence.quote(), texts, false, problems);
                    } else {
                        check(where + ": evidence source " + evidence.source(), texts.containsKey(evidence.source()),
                                "is not a seed source", problems);
                    }
                } else {
                    check(where + ": evidence", evidence.url() != null && evidence.url().matches("https?://\\S+"),
                            "needs a seed source or a web address (url)", problems);
                    check(where + ": evidence " + evidence.url(), evidence.title() != null && !evidence.title().isBlank(),
                            "needs a title", problems);
                }
            }
        }
    }

    /** Checks that the quote occurs verbatim in the document (and, for an appearance, exactly once). */
    private static void anchor(String where, String file, String quote, Map<String, String> texts, boolean exactlyOnce,
            List<String> problems) {
        String text = texts.get(file);
        if (text == null) {
            problems.add(where + ": source " + file + " is not a seed source");
            return;
        }
        switch (QuoteAnchor.locate(text, quote)) {
            case QuoteAnchor.NotFound notFound ->
                    problems.add(where + ": the quote \"" + quote + "\" is not found verbatim in " + DOCUMENTS + "/" + file);
            case QuoteAnchor.Ambiguous ambiguous when exactlyOnce -> problems.add(where + ": the quote \"" + quote
                    + "\" is ambiguous: it occurs " + ambiguous.occurrences() + " times in " + DOCUMENTS + "/" + file
                    + "; lengthen it until it occurs once");
            default -> {
            }
        }
    }

    QuoteAnchor anchorOf(AppearanceEntry appearance) {
        if (QuoteAnchor.locate(documentTexts.get(appearance.source()), appearance.quote())
                instanceof QuoteAnchor.Found(QuoteAnchor anchor)) {
            return anchor;
        }
        throw new IllegalStateException("checked when the seed was read: " + appearance);
    }

    /** A seed date: "2021-08-05", or only "2021-08" or "2021" when that is all that is known, or none. */
    record PublishedDate(LocalDate date, DatePrecision precision) {
    }

    static PublishedDate publishedDate(String value) {
        if (value == null || value.isBlank()) {
            return new PublishedDate(null, DatePrecision.UNKNOWN);
        }
        return switch (value.length()) {
            case 4 -> new PublishedDate(LocalDate.of(Integer.parseInt(value), 1, 1), DatePrecision.YEAR);
            case 7 -> new PublishedDate(YearMonth.parse(value).atDay(1), DatePrecision.MONTH);
            default -> new PublishedDate(LocalDate.parse(value), DatePrecision.DAY);
        };
    }

    static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value);
    }

    static CheckWorthiness checkWorthiness(String value) {
        return value == null ? CheckWorthiness.MEDIUM : CheckWorthiness.valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** Seeded verdicts are drafts, in review or published; retracting is a reviewer's act. */
    static VerdictStatus verdictStatus(String value) {
        VerdictStatus status = VerdictStatus.valueOf(value);
        if (status == VerdictStatus.RETRACTED) {
            throw new IllegalArgumentException("a seeded verdict cannot start out retracted");
        }
        return status;
    }

    private static void check(String where, boolean ok, String problem, List<String> problems) {
        if (!ok) {
            problems.add(where + " " + problem);
        }
    }

    private static void parsed(String where, Runnable parse, List<String> problems) {
        try {
            parse.run();
        } catch (IllegalArgumentException | DateTimeParseException | NullPointerException e) {
            problems.add(where + " is not valid: " + e.getMessage());
        }
    }
}
