package org.factcheck.feed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factcheck.matching.ExternalFactCheck;
import org.factcheck.matching.Known;
import org.factcheck.matching.PublicMatches;
import org.factcheck.matching.Ranking;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/claims:search}: "has this been checked already?" in the request and answer shape of
 * Google's Fact Check Tools API v1alpha1, over our published fact-checks and other desks' imported ones,
 * ranked by meaning and words ({@link PublicMatches}). Our fact-checks are read by this package's own SQL
 * over published verdicts, like every other answer of the API.
 */
@RestController
@Tag(name = "Claim search")
class ClaimSearchController {

    static final String PATH = "/api/v1/claims:search";
    static final int DEFAULT_PAGE_SIZE = 10;
    static final int LARGEST_PAGE_SIZE = 100;

    private final PublicMatches matches;
    private final PublishedFactChecks factChecks;
    private final PublicationSettings publication;
    private final AnswerCache answers;
    private final Clock clock = Clock.systemUTC();

    ClaimSearchController(PublicMatches matches, PublishedFactChecks factChecks, PublicationSettings publication,
            AnswerCache answers) {
        this.matches = matches;
        this.factChecks = factChecks;
        this.publication = publication;
        this.answers = answers;
    }

    @GetMapping(PATH)
    @Operation(summary = "Known claims matching a sentence, best first",
            description = "The request and answer of Google's Fact Check Tools API v1alpha1 claims:search, over this desk's "
                    + "published fact-checks and the other desks' fact-checks it imported. At most "
                    + PublicMatches.MOST + " matches are ranked; pages walk through them.")
    ResponseEntity<ClaimSearch> search(HttpServletRequest request,
            @Parameter(description = "The claim to look for, in your words (at most " + PublicMatches.LONGEST_QUERY + " characters)",
                    example = "2,500 US troops remain in Iraq")
            @RequestParam(name = "query", required = false) String query,
            @Parameter(description = "Only reviews in this language (BCP-47, e.g. en or en-US); reviews that state no language pass")
            @RequestParam(name = "languageCode", required = false) String languageCode,
            @Parameter(description = "Only reviews by this publisher's site, e.g. snopes.com (its subdomains too)")
            @RequestParam(name = "reviewPublisherSiteFilter", required = false) String site,
            @Parameter(description = "Only reviews at most this many days old")
            @RequestParam(name = "maxAgeDays", required = false) Integer maxAgeDays,
            @Parameter(description = "Claims per page, 1–" + LARGEST_PAGE_SIZE + ", default " + DEFAULT_PAGE_SIZE)
            @RequestParam(name = "pageSize", required = false) Integer pageSize,
            @Parameter(description = "The nextPageToken of the page before")
            @RequestParam(name = "pageToken", required = false) String pageToken,
            @Parameter(description = "Accepted and ignored, so that clients of Google's API, which send their API key, work unchanged")
            @RequestParam(name = "key", required = false) String key,
            @Parameter(description = "An extension: how to rank, combined (the default), lexical, embedding or trigram; "
                    + "the others show what each signal does alone")
            @RequestParam(name = "ranking", required = false) String ranking) {
        String sentence = checkedQuery(query);
        int size = pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
        if (size < 1 || size > LARGEST_PAGE_SIZE) {
            throw Problems.badParameter("pageSize", "pageSize must be between 1 and " + LARGEST_PAGE_SIZE + ", not " + size + ".");
        }
        if (maxAgeDays != null && maxAgeDays < 1) {
            throw Problems.badParameter("maxAgeDays", "maxAgeDays must be a whole number of days, at least 1.");
        }
        int offset = offset(pageToken);
        // filters drop matches after the ranking, so a filtered search ranks as many as it may
        boolean filtered = languageCode != null || site != null || maxAgeDays != null;
        List<ClaimSearch.Claim> found = found(matches.search(sentence, ranking(ranking),
                        filtered ? PublicMatches.MOST : offset + size + 1), languageCode, site,
                maxAgeDays == null ? null : LocalDate.now(clock).minusDays(maxAgeDays));
        List<ClaimSearch.Claim> page = found.stream().skip(offset).limit(size).toList();
        String next = offset + size < found.size() ? token(offset + size) : null;
        // Last-Modified is the time of the answer: a newly imported fact-check may rank above older ones
        // without any of the shown reviews changing, so no review date would tell a cache it changed.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return answers.ok(request, new Dated<>(new ClaimSearch(page, next), now), MediaType.APPLICATION_JSON);
    }

    private static String checkedQuery(String query) {
        if (query == null || query.isBlank()) {
            throw Problems.badParameter("query", "Give the claim to look for as query, e.g. query=2,500 US troops remain in Iraq.");
        }
        String stripped = query.strip();
        if (stripped.length() > PublicMatches.LONGEST_QUERY) {
            throw Problems.badParameter("query", "query is " + stripped.length() + " characters long; look for one claim at a "
                    + "time, in at most " + PublicMatches.LONGEST_QUERY + " characters.");
        }
        return stripped;
    }

    private static Ranking ranking(String ranking) {
        if (ranking == null) {
            return Ranking.COMBINED;
        }
        try {
            return Ranking.valueOf(ranking.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.badParameter("ranking", "ranking must be combined, lexical, embedding or trigram, not '" + ranking + "'.");
        }
    }

    /** The matches as claims with their reviews, in rank order, filtered as asked. */
    private List<ClaimSearch.Claim> found(List<Known> ranked, String languageCode, String site, LocalDate since) {
        Map<Long, FactCheck> ours = factChecks.findAll(ids(ranked, Known.Kind.CLAIM)).stream()
                .collect(Collectors.toMap(FactCheck::id, Function.identity()));
        Map<Long, ExternalFactCheck> theirs = matches.externalFactChecks(ids(ranked, Known.Kind.EXTERNAL)).stream()
                .collect(Collectors.toMap(ExternalFactCheck::id, Function.identity()));
        String ourSite = publication.publisher().url() != null ? publication.publisher().url().getHost()
                : publication.publicBaseUrl().getHost();
        List<ClaimSearch.Claim> claims = new ArrayList<>();
        for (Known known : ranked) {
            if (known.kind() == Known.Kind.CLAIM && ours.containsKey(known.id())) {
                FactCheck factCheck = ours.get(known.id());
                LocalDate reviewed = factCheck.publishedAt().atZone(ZoneOffset.UTC).toLocalDate();
                if (fromSite(ourSite, site) && (since == null || !reviewed.isBefore(since))) {
                    claims.add(new ClaimSearch.Claim(factCheck.claimText(),
                            factCheck.claimant() == null ? null : factCheck.claimant().name(), time(factCheck.claimDate()),
                            List.of(new ClaimSearch.Review(new ClaimSearch.Publisher(publication.publisher().name(), ourSite),
                                    factCheck.url().toString(), factCheck.claimText(), factCheck.publishedAt().toString(),
                                    factCheck.rating().label(), null))));
                }
            } else if (known.kind() == Known.Kind.EXTERNAL && theirs.containsKey(known.id())) {
                ExternalFactCheck factCheck = theirs.get(known.id());
                if (fromSite(factCheck.publisherSite(), site) && inLanguage(factCheck.language(), languageCode)
                        && (since == null || factCheck.reviewDate() != null && !factCheck.reviewDate().isBefore(since))) {
                    claims.add(new ClaimSearch.Claim(factCheck.claimReviewed(), factCheck.claimant(), time(factCheck.claimDate()),
                            List.of(new ClaimSearch.Review(new ClaimSearch.Publisher(factCheck.publisherName(),
                                    factCheck.publisherSite()), factCheck.url(), factCheck.title(),
                                    time(factCheck.reviewDate()), factCheck.textualRating(), factCheck.language()))));
                }
            }
        }
        return claims;
    }

    private static List<Long> ids(List<Known> ranked, Known.Kind kind) {
        return ranked.stream().filter(known -> known.kind() == kind).map(Known::id).toList();
    }

    private static boolean fromSite(String reviewSite, String wanted) {
        if (wanted == null || wanted.isBlank()) {
            return true;
        }
        String host = reviewSite == null ? "" : reviewSite.toLowerCase(Locale.ROOT);
        String site = wanted.strip().toLowerCase(Locale.ROOT);
        return host.equals(site) || host.endsWith("." + site);
    }

    private static boolean inLanguage(String language, String wanted) {
        if (wanted == null || wanted.isBlank() || language == null) {
            return true;
        }
        String have = language.toLowerCase(Locale.ROOT);
        String want = wanted.strip().toLowerCase(Locale.ROOT);
        return have.equals(want) || have.startsWith(want + "-") || want.startsWith(have + "-");
    }

    private static String time(LocalDate date) {
        return date == null ? null : date.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
    }

    private static String token(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String pageToken) {
        if (pageToken == null || pageToken.isEmpty()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(pageToken), StandardCharsets.UTF_8);
            int offset = Integer.parseInt(decoded.substring("offset:".length()));
            if (!decoded.startsWith("offset:") || offset < 0 || offset > PublicMatches.MOST) {
                throw new IllegalArgumentException(decoded);
            }
            return offset;
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw Problems.badParameter("pageToken", "pageToken must be the nextPageToken of the page before, as it was given.");
        }
    }
}
