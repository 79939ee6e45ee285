package org.factcheck.site;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factcheck.feed.Change;
import org.factcheck.feed.ClaimReviews;
import org.factcheck.feed.Dated;
import org.factcheck.feed.Entity;
import org.factcheck.feed.FactCheck;
import org.factcheck.feed.ItemPage;
import org.factcheck.feed.PublicChanges;
import org.factcheck.feed.PublicEntities;
import org.factcheck.feed.PublicationSettings;
import org.factcheck.feed.PublishedFactChecks;
import org.factcheck.feed.ShownFactCheck;
import org.factcheck.feed.Slug;
import org.factcheck.figures.BarChart;
import org.factcheck.figures.PublicFigures;
import org.factcheck.figures.Transparency;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public pages. Each fact-check and entity has one canonical address, {@code /fact-checks/{id}/{slug}}
 * with the slug of its headline: the bare id and any other slug (an old headline's) redirect there with
 * 301; an id written otherwise ("069", "+69") names nothing.
 */
@RestController
class PublicPages {

    static final String ID = "{id:[1-9][0-9]{0,18}}";
    private static final int PAGE_SIZE = 20;
    private static final int CORRECTIONS_SHOWN = 200;

    private final PublishedFactChecks factChecks;
    private final PublicEntities entities;
    private final PublicChanges changes;
    private final ClaimReviews claimReviews;
    private final Pages pages;
    private final JsonMapper json;
    private final PublicFigures publicFigures;

    PublicPages(PublishedFactChecks factChecks, PublicEntities entities, PublicChanges changes, ClaimReviews claimReviews,
            Pages pages, JsonMapper json, PublicFigures publicFigures) {
        this.publicFigures = publicFigures;
        this.factChecks = factChecks;
        this.entities = entities;
        this.changes = changes;
        this.claimReviews = claimReviews;
        this.pages = pages;
        this.json = json;
    }

    /**
     * The home page: the newest fact-checks, filtered by rating, entity or words, paged by plain links. Its
     * address is "/" ({@link HomePage} forwards it here); asked for as /fact-checks, it redirects there.
     */
    @GetMapping(PublicationSettings.FACT_CHECK_PAGES)
    ResponseEntity<byte[]> home(@RequestParam(name = "rating", required = false) String rating,
            @RequestParam(name = "entity", required = false) Long entity,
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "cursor", required = false) String cursor, HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) == null) {
            String query = request.getQueryString();
            return permanentRedirect(URI.create(query == null ? "/" : "/?" + query));
        }
        String chosenRating = blankToNull(rating);
        String words = blankToNull(q);
        Dated<ItemPage<FactCheck>> page = factChecks.newest(chosenRating, entity, words, blankToNull(cursor), PAGE_SIZE);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", page.content());
        model.put("ratings", factChecks.ratingScale());
        model.put("rating", chosenRating);
        model.put("q", words);
        model.put("entity", entity == null ? null : entities.find(entity).map(Dated::content).orElse(null));
        model.put("older", page.content().nextCursor() == null ? null : olderLink(chosenRating, entity, words, page.content().nextCursor()));
        return pages.html(request, "home", page.lastModified(), model);
    }

    @GetMapping(PublicationSettings.FACT_CHECK_PAGES + "/" + ID)
    ResponseEntity<byte[]> factCheckById(@PathVariable long id) {
        return permanentRedirect(shown(id).factCheck().url());
    }

    @GetMapping(PublicationSettings.FACT_CHECK_PAGES + "/" + ID + "/{slug}")
    ResponseEntity<byte[]> factCheck(HttpServletRequest request, @PathVariable long id, @PathVariable String slug) {
        ShownFactCheck shown = shown(id);
        FactCheck factCheck = shown.factCheck();
        if (!slug.equals(Slug.of(factCheck.headline()))) {
            return permanentRedirect(factCheck.url());
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("factCheck", factCheck);
        model.put("retraction", shown.retraction());
        model.put("records", changes.of(id));
        // A withdrawn verdict is no longer offered to search engines as a rating.
        model.put("claimReview", shown.isRetracted() ? null : scriptSafe(json.writeValueAsString(claimReviews.of(factCheck))));
        Instant changed = shown.isRetracted() ? shown.retraction().at() : factChecks.lastChanged(List.of(factCheck));
        return pages.html(request, "fact-check", changed, model);
    }

    @GetMapping(PublicationSettings.ENTITY_PAGES + "/" + ID)
    ResponseEntity<byte[]> entityById(@PathVariable long id) {
        Entity entity = entity(id).content();
        return permanentRedirect(URI.create(PublicationSettings.entityPath(id, entity.name())));
    }

    @GetMapping(PublicationSettings.ENTITY_PAGES + "/" + ID + "/{slug}")
    ResponseEntity<byte[]> entity(HttpServletRequest request, @PathVariable long id, @PathVariable String slug,
            @RequestParam(name = "cursor", required = false) String cursor) {
        Dated<Entity> entity = entity(id);
        String canonical = PublicationSettings.entityPath(id, entity.content().name());
        if (!slug.equals(Slug.of(entity.content().name()))) {
            return permanentRedirect(URI.create(canonical));
        }
        Dated<ItemPage<FactCheck>> involved = factChecks.newest(null, id, null, blankToNull(cursor), PAGE_SIZE);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("entity", entity.content());
        model.put("page", involved.content());
        model.put("older", involved.content().nextCursor() == null ? null : canonical + "?cursor=" + involved.content().nextCursor());
        Instant changed = entity.lastModified().isAfter(involved.lastModified()) ? entity.lastModified() : involved.lastModified();
        return pages.html(request, "entity", changed, model);
    }

    @GetMapping("/ratings")
    ResponseEntity<byte[]> ratings(HttpServletRequest request) {
        return pages.html(request, "ratings", null, Map.of("ratings", factChecks.ratingScale()));
    }

    @GetMapping("/corrections")
    ResponseEntity<byte[]> corrections(HttpServletRequest request) {
        List<Change> shown = changes.correctionsAndRetractions(CORRECTIONS_SHOWN);
        return pages.html(request, "corrections", shown.isEmpty() ? null : Instant.parse(shown.getFirst().recordedAt()),
                Map.of("changes", shown));
    }

    /**
     * The figures the desk publishes about itself, from published data only ({@link PublicFigures}): fact-checks
     * published per month, the ratings of those that stand, corrections and retractions with their turnaround.
     */
    @GetMapping("/transparency")
    ResponseEntity<byte[]> transparency(HttpServletRequest request) {
        Transparency figures = publicFigures.transparency();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("figures", figures);
        model.put("publishedChart", BarChart.svg("Fact-checks published per month", figures.publishedPerMonth()));
        model.put("ratingsChart", BarChart.svg("Ratings of the fact-checks that stand", figures.ratings()));
        return pages.html(request, "transparency", null, model);
    }

    /** Any other address under the pages' paths, such as an id written "069": one address per page, so nothing here. */
    @GetMapping({PublicationSettings.FACT_CHECK_PAGES + "/**", PublicationSettings.ENTITY_PAGES + "/**"})
    ResponseEntity<byte[]> nothingHere() {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no page at this address.");
    }

    private ShownFactCheck shown(long id) {
        return factChecks.findShown(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No fact-check is published at this address."));
    }

    private Dated<Entity> entity(long id) {
        return entities.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No published fact-check involves an entity with this id."));
    }

    private static String olderLink(String rating, Long entity, String q, String cursor) {
        List<String> parameters = new ArrayList<>();
        if (rating != null) {
            parameters.add("rating=" + encode(rating));
        }
        if (entity != null) {
            parameters.add("entity=" + entity);
        }
        if (q != null) {
            parameters.add("q=" + encode(q));
        }
        parameters.add("cursor=" + cursor);
        return "/?" + String.join("&", parameters);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** JSON inside a script element: no "</script>" or "<!--" can end or change it early. */
    private static String scriptSafe(String jsonText) {
        return jsonText.replace("<", "\\u003c");
    }

    private static ResponseEntity<byte[]> permanentRedirect(URI to) {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION,
                to.getRawQuery() == null ? to.getRawPath() : to.getRawPath() + "?" + to.getRawQuery()).build();
    }
}
