package org.factcheck.matching;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads ClaimReview JSON-LD as publishers' pages and feeds carry it: one object, an array of them, or
 * a {@code @graph}. Each item is checked whole before anything is stored, so a refused item leaves
 * nothing behind; the reason names the item (its position and url) and what is wrong with it.
 */
final class ClaimReviewItems {

    static final int LONGEST_CLAIM = 5_000;
    static final int LONGEST_URL = 2_000;

    /** An item fit to store, or refused with the reason. */
    record Item(int position, String url, ExternalFactCheck factCheck, String refusal) {
    }

    /** The body as a whole is not ClaimReview JSON-LD (not JSON, or JSON without any {@code @type}). */
    static final class NotJsonLd extends RuntimeException {
        NotJsonLd(String message) {
            super(message);
        }
    }

    private ClaimReviewItems() {
    }

    static List<Item> read(byte[] body, JsonMapper json) {
        JsonNode document;
        try {
            document = json.readTree(body);
        } catch (JacksonException e) {
            throw new NotJsonLd("This is not JSON: " + e.getOriginalMessage());
        }
        List<JsonNode> nodes = new ArrayList<>();
        if (document != null && document.isArray()) {
            document.forEach(node -> collect(node, nodes));
        } else if (document != null && document.isObject()) {
            collect(document, nodes);
        }
        if (nodes.stream().noneMatch(node -> node.isObject() && node.has("@type"))) {
            throw new NotJsonLd("This is JSON but not JSON-LD: send schema.org ClaimReview objects, each with "
                    + "\"@type\": \"ClaimReview\" (one object, an array of them, or an object with \"@graph\").");
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            items.add(item(i + 1, nodes.get(i)));
        }
        return items;
    }

    private static void collect(JsonNode node, List<JsonNode> nodes) {
        if (node.isObject() && node.has("@graph") && node.get("@graph").isArray()) {
            node.get("@graph").forEach(nodes::add);
        } else {
            nodes.add(node);
        }
    }

    private static Item item(int position, JsonNode node) {
        String url = text(node, "url");
        try {
            return new Item(position, url, factCheck(node, url), null);
        } catch (IllegalArgumentException refused) {
            return new Item(position, url, null, refused.getMessage());
        }
    }

    private static ExternalFactCheck factCheck(JsonNode node, String url) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("not an object");
        }
        if (!isClaimReview(node.get("@type"))) {
            throw new IllegalArgumentException("@type is " + node.path("@type") + ", not ClaimReview");
        }
        String claim = text(node, "claimReviewed");
        if (claim == null || claim.isBlank()) {
            throw new IllegalArgumentException("no claimReviewed: the claim the review checks");
        }
        if (claim.length() > LONGEST_CLAIM) {
            throw new IllegalArgumentException("claimReviewed is longer than " + LONGEST_CLAIM + " characters");
        }
        URI address = webAddress(url, "url");
        JsonNode rating = node.path("reviewRating");
        checkRatingBounds(rating);
        JsonNode author = first(node.path("author"));
        String publisherName = author.isString() ? author.asString() : text(author, "name");
        String authorUrl = author.isObject() ? text(author, "url") : null;
        String publisherSite = authorUrl == null ? address.getHost() : webAddress(authorUrl, "author.url").getHost();
        JsonNode claimed = first(node.path("itemReviewed"));
        JsonNode claimant = first(claimed.path("author"));
        return new ExternalFactCheck(0, address.toString(), claim.strip(), Optional.ofNullable(text(node, "name"))
                .orElse(text(node, "headline")), publisherName, publisherSite,
                Optional.ofNullable(text(rating, "alternateName")).orElse(text(rating, "name")),
                date(text(node, "datePublished"), "datePublished"), language(node.path("inLanguage")),
                claimant.isString() ? claimant.asString() : text(claimant, "name"),
                date(text(claimed, "datePublished"), "itemReviewed.datePublished"));
    }

    private static boolean isClaimReview(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (isClaimReview(one)) {
                    return true;
                }
            }
            return false;
        }
        String name = type.asString("");
        return name.equals("ClaimReview") || name.endsWith("/ClaimReview") || name.endsWith(":ClaimReview");
    }

    private static void checkRatingBounds(JsonNode rating) {
        BigDecimal value = number(rating, "ratingValue");
        if (value == null) {
            return;
        }
        // schema.org's defaults when a review leaves the bounds out
        BigDecimal best = Optional.ofNullable(number(rating, "bestRating")).orElse(BigDecimal.valueOf(5));
        BigDecimal worst = Optional.ofNullable(number(rating, "worstRating")).orElse(BigDecimal.ONE);
        if (value.compareTo(worst.min(best)) < 0 || value.compareTo(worst.max(best)) > 0) {
            throw new IllegalArgumentException("reviewRating.ratingValue " + value.toPlainString() + " is outside its bounds "
                    + worst.toPlainString() + "–" + best.toPlainString());
        }
    }

    private static BigDecimal number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull() || value.asString("").isBlank() && !value.isNumber()) {
            return null;
        }
        try {
            return value.isNumber() ? value.decimalValue() : new BigDecimal(value.asString().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("reviewRating." + field + " is not a number: " + value);
        }
    }

    private static URI webAddress(String url, String field) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("no " + field + ": the review's web address");
        }
        if (url.length() > LONGEST_URL) {
            throw new IllegalArgumentException(field + " is longer than " + LONGEST_URL + " characters");
        }
        try {
            URI address = new URI(url.strip());
            String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || address.getHost() == null) {
                throw new IllegalArgumentException(field + " is not an http(s) address: " + url);
            }
            return address;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(field + " is not a web address: " + url);
        }
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String date = value.strip();
        try {
            return date.length() <= 10 ? LocalDate.parse(date) : OffsetDateTime.parse(date).toLocalDate();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDate.parse(date.substring(0, 10));
            } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
                throw new IllegalArgumentException(field + " is not an ISO 8601 date: " + value);
            }
        }
    }

    private static String language(JsonNode language) {
        JsonNode one = first(language);
        String code = one.isString() ? one.asString() : Optional.ofNullable(text(one, "alternateName")).orElse(text(one, "name"));
        return code == null || code.length() > 35 ? null : code;
    }

    private static JsonNode first(JsonNode node) {
        return node.isArray() && !node.isEmpty() ? node.get(0) : node;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() || value.isNumber() ? value.asString() : null;
    }
}
