package org.factcheck.bench;

import static org.factcheck.bench.RandomStreams.chance;
import static org.factcheck.bench.RandomStreams.pick;
import static org.factcheck.bench.RandomStreams.pickPopular;
import static org.factcheck.bench.RandomStreams.weighted;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import org.factcheck.bench.Clause.Filling;
import org.factcheck.bench.Clause.Slot;
import org.factcheck.bench.EntityCatalog.GeneratedEntity;
import org.factcheck.bench.RandomStreams.Kind;
import org.factcheck.claim.CheckWorthiness;
import org.factcheck.claim.ClaimStatus;
import org.factcheck.verdict.Stance;
import org.factcheck.verdict.VerdictStatus;

/**
 * Everything about one claim: its statement, claimant, mentions, where it appears and its verdict.
 * All of it follows from the seed number and the claim's index (which claims get verdicts is
 * decided by {@link ClaimSequence}), so each table's pass rebuilds the same claim.
 */
final class ClaimPlan {

    private static final List<Clause> CLAUSES = Clause.parseAll(Vocabulary.CLAUSES);
    private static final CheckWorthiness[] WORTHINESS = {CheckWorthiness.HIGH, CheckWorthiness.MEDIUM, CheckWorthiness.LOW};
    /** Where a claim without a verdict stands, most of them untouched, as on a real desk. */
    private static final ClaimStatus[] UNDECIDED = {ClaimStatus.UNREVIEWED, ClaimStatus.DISMISSED, ClaimStatus.IN_PROGRESS};
    private static final VerdictStatus[] UNPUBLISHED = {VerdictStatus.DRAFT, VerdictStatus.IN_REVIEW, VerdictStatus.RETRACTED};

    /** Ids the run reserved in each table's sequence: record k of a run has id first + k. */
    record Ids(long entity, long source, long claim, long verdict) {
    }

    record VerdictPlan(long id, String rating, VerdictStatus status, String rationale, Instant createdAt,
            Instant publishedAt, Instant updatedAt, List<EvidencePlan> evidence) {
    }

    record EvidencePlan(Stance stance, Long sourceId, String url, String title, String publisher, LocalDate publishedOn,
            LocalDate accessedOn, String quote) {
    }

    final long index;
    final long id;
    final String text;
    final GeneratedEntity claimant;
    final LocalDate claimDate;
    final CheckWorthiness checkWorthiness;
    final ClaimStatus status;
    final String note;
    final Instant createdAt;
    final Instant updatedAt;
    final Set<Long> mentions = new LinkedHashSet<>();
    /** The sources that repeat the claim after its home source, in date order. */
    final List<Integer> repeatedIn = new ArrayList<>();
    final VerdictPlan verdict;
    private final Clause clause;
    private final Map<Slot, Filling> values;
    private final RandomStreams streams;

    /** The claim of this index; {@code verdictOrdinal} is its verdict's ordinal in the run, or -1 if it has none. */
    ClaimPlan(long index, long verdictOrdinal, boolean published, Scale scale, EntityCatalog entities, Ids ids,
            RandomStreams streams) {
        this.index = index;
        this.id = ids.claim() + index;
        this.streams = streams;
        RandomGenerator random = streams.of(Kind.CLAIM, index);
        int home = scale.homeOf(index);
        LocalDate reported = scale.dateOf(home);
        clause = pick(random, CLAUSES);
        values = clause.fill(random, entities, reported);
        text = EntityCatalog.capitalize(clause.render(values, null)) + ".";
        values.values().stream().filter(value -> value.entity() != null).forEach(value -> mentions.add(value.entity().id()));
        claimant = switch (weighted(random, 70, 12, 18)) {
            case 0 -> pickPopular(random, entities.persons());
            case 1 -> pickPopular(random, entities.organisations());
            default -> null;
        };
        claimDate = chance(random, 0.95) ? reported.minusDays(random.nextInt(4)) : null;
        checkWorthiness = WORTHINESS[weighted(random, 20, 50, 30)];
        note = chance(random, 0.04) ? pick(random, Vocabulary.NOTES) : null;
        createdAt = reported.atTime(6, 0).toInstant(ZoneOffset.UTC).plus(random.nextInt(3 * 24 * 60), ChronoUnit.MINUTES);
        Set<Integer> repeats = new TreeSet<>();
        for (int wanted = weighted(random, 65, 20, 9, 4, 2); wanted > 0; wanted--) {
            int later = home + 1 + random.nextInt(Scale.REPEAT_WINDOW);
            if (later < scale.sources()) {
                repeats.add(later);
            }
        }
        repeatedIn.addAll(repeats);
        if (verdictOrdinal < 0) {
            verdict = null;
            status = UNDECIDED[weighted(random, 90, 7, 3)];
            updatedAt = status == ClaimStatus.UNREVIEWED ? createdAt : createdAt.plus(2 + random.nextInt(200), ChronoUnit.HOURS);
        } else {
            verdict = verdict(ids.verdict() + verdictOrdinal, published, scale, ids);
            status = switch (verdict.status()) {
                case PUBLISHED, RETRACTED -> ClaimStatus.REVIEWED;
                case DRAFT, IN_REVIEW -> ClaimStatus.IN_PROGRESS;
            };
            updatedAt = verdict.updatedAt();
        }
    }

    int appearances() {
        return 1 + repeatedIn.size();
    }

    /**
     * The quote of the claim's n-th appearance (0 in its home source): the statement, spelled as
     * that source spells it, inside an attribution to the claimant.
     */
    String quote(int appearance) {
        RandomGenerator random = streams.of(Kind.APPEARANCE, index * 8 + appearance);
        String clauseText = clause.render(values, random);
        String pattern;
        if (claimant == null) {
            pattern = pick(random, Vocabulary.UNATTRIBUTED);
        } else if (chance(random, 0.03)) {
            pattern = Vocabulary.SOCIAL_POST;
        } else {
            List<String> patterns = claimant.role() == null
                    ? Vocabulary.ATTRIBUTIONS.stream().filter(attribution -> !attribution.contains("{r}")).toList()
                    : Vocabulary.ATTRIBUTIONS;
            pattern = pick(random, patterns);
        }
        String who = claimant == null ? "" : (claimant.role() == null ? "the " : "") + claimant.spelling(random);
        return EntityCatalog.capitalize(pattern.replace("{c}", who)
                .replace("{r}", claimant == null || claimant.role() == null ? "" : claimant.role())
                .replace("{Clause}", EntityCatalog.capitalize(clauseText))
                .replace("{clause}", clauseText));
    }

    private VerdictPlan verdict(long verdictId, boolean published, Scale scale, Ids ids) {
        RandomGenerator random = streams.of(Kind.VERDICT, index);
        int rating = weighted(random, 10, 10, 12, 20, 30, 12, 6);
        List<String> finding = Vocabulary.FINDINGS.get(rating);
        String checkedWith = pick(random, Vocabulary.ORGANISATIONS).name();
        String rationale = "The claim says that " + clause.render(values, null) + ". "
                + finding.get(1).replace("{org}", checkedWith) + " The evidence is listed below.";
        VerdictStatus verdictStatus = published ? VerdictStatus.PUBLISHED
                : UNPUBLISHED[weighted(random, 45, 30, 25)];
        Instant created = createdAt.plus(1 + random.nextInt(96), ChronoUnit.HOURS);
        Instant publishedAt = switch (verdictStatus) {
            case PUBLISHED, RETRACTED -> created.plus(2 + random.nextInt(720), ChronoUnit.HOURS);
            case DRAFT, IN_REVIEW -> null;
        };
        Instant updated = verdictStatus == VerdictStatus.RETRACTED
                ? publishedAt.plus(1 + random.nextInt(90), ChronoUnit.DAYS)
                : publishedAt != null ? publishedAt : created.plus(random.nextInt(48), ChronoUnit.HOURS);
        Stance main = switch (finding.getFirst()) {
            case "True", "Mostly true" -> Stance.SUPPORTS;
            case "Half true", "Unproven" -> Stance.CONTEXT;
            default -> Stance.REFUTES;
        };
        List<EvidencePlan> evidence = new ArrayList<>();
        for (int position = 0, count = 1 + random.nextInt(3); position < count; position++) {
            evidence.add(evidence(random, position == 0 ? main : Stance.CONTEXT, scale, ids,
                    LocalDate.ofInstant(created, ZoneOffset.UTC)));
        }
        return new VerdictPlan(verdictId, finding.getFirst(), verdictStatus, rationale, created, publishedAt, updated,
                List.copyOf(evidence));
    }

    /** Evidence citing a source in the database, or a web page of an (invented) data publisher. */
    private EvidencePlan evidence(RandomGenerator random, Stance stance, Scale scale, Ids ids, LocalDate accessed) {
        if (chance(random, 0.4)) {
            return new EvidencePlan(stance, ids.source() + random.nextInt(scale.sources()), null, null, null, null, null, null);
        }
        Vocabulary.Publisher publisher = pick(random, Vocabulary.PUBLISHERS);
        LocalDate published = accessed.minusDays(random.nextInt(400));
        String period = published.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + published.getYear();
        String quote = switch (stance) {
            case SUPPORTS -> "The record matches the figure reported for " + period + ".";
            case REFUTES -> "The published record gives a different figure for " + period + ".";
            case CONTEXT -> "The record covers " + period + " only.";
        };
        return new EvidencePlan(stance, null,
                "https://" + publisher.domain() + "/" + published.getYear() + "/records/" + (1000 + random.nextInt(900000)),
                publisher.name() + ": records for " + period, publisher.name(), published, accessed,
                chance(random, 0.7) ? quote : null);
    }
}
