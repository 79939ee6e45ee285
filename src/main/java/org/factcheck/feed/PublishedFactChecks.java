package org.factcheck.feed;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.factcheck.feed.EntityQueries.EntityRef;
import org.factcheck.feed.FactCheckQueries.Position;
import org.factcheck.feed.FactCheckQueries.Row;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published fact-checks as the public sees them. Each answer is read in one snapshot of the
 * database (repeatable read), so its items, their details and its Last-Modified agree.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class PublishedFactChecks {

    /** Cursors hold published_at to the microsecond, PostgreSQL's precision; anything outside years 1..9999 is forged. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private final FactCheckQueries factChecks;
    private final EntityQueries entities;
    private final PublicationSettings publication;

    private final FactCheckFilters filters;

    PublishedFactChecks(FactCheckQueries factChecks, EntityQueries entities, PublicationSettings publication,
            FactCheckFilters filters) {
        this.factChecks = factChecks;
        this.entities = entities;
        this.publication = publication;
        this.filters = filters;
    }

    /**
     * One page of the newest, for the public pages: filtered as the API's rating, entity and q parameters
     * filter (each may be null), paged by the API's cursor. A bad value is refused as in the API (400).
     */
    public Dated<ItemPage<FactCheck>> newest(String rating, Long entity, String text, String cursor, int limit) {
        return page(filters.parse(rating, entity, null, null, text), Paging.of(limit, cursor));
    }

    /** The rating labels of the default scale, in its order, with what each means. */
    public List<RatingOnScale> ratingScale() {
        return factChecks.ratingScale();
    }

    /** Every public page of a fact-check or an entity, with when it last changed, for the sitemap. */
    public List<PublicPage> publicPages() {
        return factChecks.publicPages();
    }

    /** A public page's path and when what it shows last changed. */
    public record PublicPage(String path, Instant lastChanged) {
    }

    /** A rating label with what it means, for the public page of the scale. */
    public record RatingOnScale(String label, int value, String description) {
    }

    /** The published fact-check with this id; empty if there is none, or it is not published. */
    public Optional<FactCheck> find(long id) {
        return factChecks.find(id).map(row -> complete(List.of(row)).getFirst());
    }

    /** The fact-check with this id as its page shows it: published, or retracted with its notice; empty otherwise. */
    public Optional<ShownFactCheck> findShown(long id) {
        return factChecks.findPublishedOrRetracted(id)
                .map(row -> new ShownFactCheck(complete(List.of(row)).getFirst(), row.retraction()));
    }

    /**
     * The published fact-checks among these claims, in claim id order; the others are left out.
     * A fixed handful of queries for the whole batch, so callers exporting many pass them in batches.
     */
    public List<FactCheck> findAll(Collection<Long> claimIds) {
        return complete(factChecks.findAll(claimIds));
    }

    /** One page of the published fact-checks that pass the filter, newest first. */
    Dated<ItemPage<FactCheck>> page(FactCheckFilter filter, Paging paging) {
        Position after = paging.isFirstPage() ? null : position(paging.after(2));
        List<Row> rows = factChecks.page(filter, after, paging.limit() + 1);
        ItemPage<FactCheck> page = ItemPage.of(rows, paging.limit(), this::complete, PublishedFactChecks::cursorAfter);
        return new Dated<>(page, later(factChecks.lastPublicChange(), lastChanged(page.items())));
    }

    /**
     * When what these fact-checks show last changed: each one's own {@code updated_at}, or a later change to
     * an entity it names (or an alias of one) or to a source it appears in or cites.
     */
    public Instant lastChanged(List<FactCheck> shown) {
        Instant own = shown.stream().map(FactCheck::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
        return later(own, factChecks.lastChangeShown(shown.stream().map(FactCheck::id).toList()));
    }

    private static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    private static String cursorAfter(Row row) {
        return Cursor.encode(ChronoUnit.MICROS.between(Instant.EPOCH, row.publishedAt()), row.claimId());
    }

    private static Position position(long[] cursor) {
        Instant publishedAt = Instant.EPOCH.plus(cursor[0], ChronoUnit.MICROS);
        if (publishedAt.isBefore(EARLIEST) || publishedAt.isAfter(LATEST)) {
            throw Cursor.invalid();
        }
        return new Position(publishedAt, cursor[1]);
    }

    /** Adds appearances, entities, evidence and corrections to the rows: one query each for all of them. */
    private List<FactCheck> complete(List<Row> rows) {
        List<Long> claimIds = rows.stream().map(Row::claimId).toList();
        Map<Long, List<FactCheck.Appearance>> appearances = factChecks.appearancesOf(claimIds);
        Map<Long, List<EntityRef>> mentions = factChecks.mentionsOf(claimIds);
        List<Long> verdictIds = rows.stream().map(Row::verdictId).toList();
        Map<Long, List<FactCheck.Evidence>> evidence = factChecks.evidenceOf(verdictIds);
        Map<Long, List<FactCheck.Correction>> corrections = factChecks.correctionsOf(verdictIds);
        Map<Long, Entity> involved = entities.withAliases(Stream.concat(
                        rows.stream().map(Row::claimant).filter(Objects::nonNull),
                        mentions.values().stream().flatMap(List::stream)).distinct().toList())
                .stream().collect(Collectors.toMap(Entity::id, Function.identity()));
        return rows.stream().map(row -> new FactCheck(
                        row.claimId(),
                        publication.factCheckUrl(row.claimId(), row.headline()),
                        row.headline(),
                        row.language(),
                        row.claimText(),
                        row.claimant() == null ? null : involved.get(row.claimant().id()),
                        row.claimDate(),
                        row.rating(),
                        row.rationale(),
                        row.publishedAt(),
                        row.updatedAt(),
                        appearances.getOrDefault(row.claimId(), List.of()),
                        mentions.getOrDefault(row.claimId(), List.of()).stream().map(mention -> involved.get(mention.id())).toList(),
                        evidence.getOrDefault(row.verdictId(), List.of()).stream().map(item -> item.linkedFrom(publication)).toList(),
                        corrections.getOrDefault(row.verdictId(), List.of())))
                .toList();
    }
}
