package org.factcheck.site;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import org.factcheck.feed.Entity;
import org.factcheck.feed.FactCheck;
import org.factcheck.feed.PublicationSettings;
import org.factcheck.verdict.Stance;

/** What the templates ask of the site: addresses, dates in words, the direction of a passage. */
public final class PageText {

    /** Scripts written right to left among the languages a source may be in (ISO 639). */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur", "ps", "yi", "ckb", "dv", "sd", "ug");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final PublicationSettings publication;

    PageText(PublicationSettings publication) {
        this.publication = publication;
    }

    public String publisher() {
        return publication.publisher().name();
    }

    public String language() {
        return publication.publisher().language();
    }

    public URI link(String path) {
        return publication.link(path);
    }

    /** The path of one of this site's absolute URLs, for links that work whatever the host. */
    public String path(URI url) {
        return url.getPath();
    }

    public String entityPath(Entity entity) {
        return PublicationSettings.entityPath(entity.id(), entity.name());
    }

    public String apiPath(FactCheck factCheck) {
        return "/api/v1/fact-checks/" + factCheck.id();
    }

    /** "rtl" for a passage in a right-to-left language, else "auto", so the browser decides from its first letters. */
    public String direction(String language) {
        return language != null && RIGHT_TO_LEFT.contains(language) ? "rtl" : "auto";
    }

    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(ZoneOffset.UTC));
    }

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** A span of hours as a reader says it: "40 minutes" under an hour, "5.0 hours" up to two days, "3.2 days" beyond. */
    public String duration(double hours) {
        if (hours < 1) {
            return Math.round(hours * 60) + " minutes";
        }
        return hours < 48 ? String.format(java.util.Locale.ROOT, "%.1f hours", hours)
                : String.format(java.util.Locale.ROOT, "%.1f days", hours / 24);
    }

    public String isoDate(Instant instant) {
        return instant == null ? "" : instant.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    public String stance(Stance stance) {
        return switch (stance) {
            case SUPPORTS -> "Supports the claim";
            case REFUTES -> "Refutes the claim";
            case CONTEXT -> "Context";
        };
    }

    /** A CSS class per rating, so the label's colour follows the scale: false is red, true green. */
    public String ratingClass(FactCheck.Rating rating) {
        return "rating rating-" + rating.value();
    }
}
