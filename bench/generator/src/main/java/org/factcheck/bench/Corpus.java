package org.factcheck.bench;

import static org.factcheck.bench.RandomStreams.chance;
import static org.factcheck.bench.RandomStreams.pick;
import static org.factcheck.bench.RandomStreams.pickPopular;
import static org.factcheck.bench.RandomStreams.weighted;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.factcheck.bench.ClaimPlan.Ids;
import org.factcheck.bench.RandomStreams.Kind;
import org.factcheck.claim.QuoteAnchor;
import org.factcheck.source.DatePrecision;

/**
 * The sources of a run, in date order, each a news text of 1–4 KB around the quotes of the claims
 * it reports: its own (home) claims and the repeats of claims first reported in the days before.
 * Walking the sources also walks the claims in order, so a pass over the corpus rebuilds exactly
 * the texts and anchors an earlier pass wrote.
 */
final class Corpus {

    private static final DateTimeFormatter DATELINE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final List<Clause> FILLERS = Clause.parseAll(Vocabulary.FILLERS);
    private static final DatePrecision[] PRECISIONS = {DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR,
            DatePrecision.UNKNOWN};

    /** One source as written to the database, with where each claim's quote sits in its text. */
    record SourceDraft(long id, String title, String outlet, String author, String url, LocalDate publishedOn,
            DatePrecision precision, String originalLanguage, String fullText, Instant enteredAt,
            List<PlacedQuote> quotes) {
    }

    record PlacedQuote(long claimId, QuoteAnchor anchor) {
    }

    /** A claim's n-th appearance, waiting for the source it goes in. */
    private record Placement(ClaimPlan claim, int appearance) {
    }

    private final Scale scale;
    private final EntityCatalog entities;
    private final Ids ids;
    private final RandomStreams streams;

    Corpus(Scale scale, EntityCatalog entities, Ids ids, RandomStreams streams) {
        this.scale = scale;
        this.entities = entities;
        this.ids = ids;
        this.streams = streams;
    }

    void forEachSource(Consumer<SourceDraft> consumer) {
        ClaimSequence claims = new ClaimSequence(scale, entities, ids, streams);
        Map<Integer, List<Placement>> repeatsBySource = new HashMap<>();
        for (int source = 0; source < scale.sources(); source++) {
            List<Placement> placements = new ArrayList<>();
            ClaimPlan lead = null;
            while (claims.hasNext() && claims.nextIndex() < scale.firstClaimOf(source + 1)) {
                ClaimPlan claim = claims.next();
                lead = lead == null ? claim : lead;
                placements.add(new Placement(claim, 0));
                for (int n = 0; n < claim.repeatedIn.size(); n++) {
                    repeatsBySource.computeIfAbsent(claim.repeatedIn.get(n), later -> new ArrayList<>())
                            .add(new Placement(claim, n + 1));
                }
            }
            placements.addAll(repeatsBySource.getOrDefault(source, List.of()));
            repeatsBySource.remove(source);
            consumer.accept(compose(source, placements, lead));
        }
    }

    private SourceDraft compose(int index, List<Placement> placements, ClaimPlan lead) {
        RandomGenerator random = streams.of(Kind.SOURCE, index);
        Vocabulary.Outlet outlet = pickPopular(random, Vocabulary.OUTLETS);
        LocalDate day = scale.dateOf(index);
        DatePrecision precision = PRECISIONS[weighted(random, 92, 4, 2, 2)];
        LocalDate publishedOn = switch (precision) {
            case DAY -> day;
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
            case UNKNOWN -> null;
        };
        Instant enteredAt = day.atTime(8, 0).toInstant(ZoneOffset.UTC).plus(random.nextInt(72 * 60), ChronoUnit.MINUTES);
        String author = chance(random, 0.6)
                ? pick(random, Vocabulary.GIVEN_NAMES).getFirst() + " " + pick(random, Vocabulary.JOURNALIST_SURNAMES)
                : null;
        String place = pickPopular(random, entities.places()).name();
        String title = lead == null ? "News in brief from " + place : lead.text.substring(0, lead.text.length() - 1);
        String url = chance(random, 0.8) ? "https://" + outlet.domain() + "/" + day.getYear() + "/" + day.getMonthValue()
                + "/" + slug(title) + "-" + index : null;

        StringBuilder text = new StringBuilder(place.toUpperCase(Locale.ROOT))
                .append(publishedOn == null ? "" : ", " + DATELINE.format(day))
                .append(" (").append(outlet.name()).append(") — ");
        shuffle(placements, random);
        List<Integer> quoteStarts = new ArrayList<>();
        List<String> quotes = new ArrayList<>();
        int sentences = 0;
        for (Placement placement : placements) {
            if (chance(random, 0.5)) {
                sentences = appendSentence(text, filler(random, day), sentences);
            }
            String quote = placement.claim().quote(placement.appearance());
            quoteStarts.add(text.length());
            quotes.add(quote);
            sentences = appendSentence(text, quote + ".", sentences);
        }
        int wanted = 1000 + random.nextInt(3000);
        while (text.length() < wanted) {
            sentences = appendSentence(text, filler(random, day), sentences);
        }
        // A wire reference makes every text, and so its SHA-256, unique to this seed number and source.
        String fullText = text.toString().stripTrailing() + "\n\n(Ref. " + outlet.domain().substring(0, 3).toUpperCase(Locale.ROOT)
                + "-" + streams.seed() + "-" + index + ")";

        List<PlacedQuote> placed = new ArrayList<>(placements.size());
        for (int i = 0; i < placements.size(); i++) {
            placed.add(new PlacedQuote(placements.get(i).claim().id,
                    QuoteAnchor.at(fullText, quoteStarts.get(i), quotes.get(i))));
        }
        return new SourceDraft(ids.source() + index, title, outlet.name(), author, url, publishedOn, precision,
                outlet.originalLanguage(), fullText, enteredAt, placed);
    }

    /** Appends a sentence, starting a new paragraph after every third. */
    private static int appendSentence(StringBuilder text, String sentence, int sentencesBefore) {
        text.append(sentence).append(sentencesBefore % 3 == 2 ? "\n\n" : " ");
        return sentencesBefore + 1;
    }

    private String filler(RandomGenerator random, LocalDate around) {
        Clause filler = pick(random, FILLERS);
        return filler.render(filler.fill(random, entities, around), random);
    }

    private static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() > 60 ? slug.substring(0, 60) : slug;
    }

    /** Fisher–Yates, with the run's own random stream (Collections.shuffle wants a java.util.Random). */
    private static <T> void shuffle(List<T> items, RandomGenerator random) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            items.set(j, items.set(i, items.get(j)));
        }
    }
}
