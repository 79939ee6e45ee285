package org.factcheck.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import org.factcheck.base.EditableRecord;
import org.factcheck.base.NotInTheFuture;
import org.factcheck.base.TextLimits;
import org.factcheck.base.WebAddress;
import org.hibernate.envers.Audited;

/** A document claims are found in. Its text is kept exactly as received, with its SHA-256. */
@Entity
@Audited
public class Source extends EditableRecord {

    @Size(max = TextLimits.TITLE)
    @NotBlank
    @Column(nullable = false)
    private String title;

    @Size(max = TextLimits.NAME)
    @NotBlank
    @Column(nullable = false)
    private String outlet;

    @Size(max = TextLimits.NAME)
    private String author;

    @Size(max = TextLimits.URL)
    @WebAddress
    private String url;

    @NotInTheFuture
    private LocalDate publishedOn;

    // Kept consistent with the date by the setters; the form leaves it empty while there is no date.
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DatePrecision publishedOnPrecision = DatePrecision.UNKNOWN;

    @NotBlank
    @Pattern(regexp = "[a-z]{2,3}", message = "use an ISO 639 language code such as en, ar or fa")
    @Column(nullable = false)
    private String language;

    @Pattern(regexp = "([a-z]{2,3})?", message = "use an ISO 639 language code such as en, ar or fa")
    private String originalLanguage;

    // Changed only by a new text version (SourceService.replaceText), which keeps the text it replaces.
    @NotBlank
    @Size(max = TextLimits.FULL_TEXT)
    @Column(nullable = false)
    private String fullText;

    @Column(nullable = false)
    private String sha256;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SourceOrigin origin;

    @Column(nullable = false, updatable = false)
    private Instant enteredAt;

    @Column(nullable = false, updatable = false)
    private String enteredBy;

    protected Source() {
    }

    public Source(String fullText, SourceOrigin origin, String enteredBy) {
        this.fullText = fullText;
        this.sha256 = sha256Of(fullText);
        this.origin = origin;
        this.enteredBy = enteredBy;
        this.enteredAt = Instant.now();
    }

    /** The hex SHA-256 of the text's UTF-8 bytes, which for a seed document are its file's bytes. */
    public static String sha256Of(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Puts a new text in place of the current one; SourceService keeps the old one as a version. */
    void replaceText(String newText) {
        this.fullText = newText;
        this.sha256 = sha256Of(newText);
    }

    /** The published date as far as it is known: "2021-08-05", "2021-08", "2021" or "unknown". */
    public String published() {
        return publishedOnPrecision.format(publishedOn);
    }

    /** Sets the published date with how much of it is known; {@code null} means unknown. */
    public void setPublished(LocalDate date, DatePrecision precision) {
        this.publishedOn = date;
        this.publishedOnPrecision = date == null ? DatePrecision.UNKNOWN : precision;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getOutlet() {
        return outlet;
    }

    public void setOutlet(String outlet) {
        this.outlet = outlet;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = blankToNull(author);
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = blankToNull(url);
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    /** Sets the date; without one the precision is UNKNOWN, with one it is at least known to the DAY. */
    public void setPublishedOn(LocalDate date) {
        this.publishedOn = date;
        if (date == null) {
            this.publishedOnPrecision = DatePrecision.UNKNOWN;
        } else if (publishedOnPrecision == DatePrecision.UNKNOWN) {
            this.publishedOnPrecision = DatePrecision.DAY;
        }
    }

    public DatePrecision getPublishedOnPrecision() {
        return publishedOnPrecision;
    }

    /** How much of the date is known; meaningless (and kept UNKNOWN) while there is no date. */
    public void setPublishedOnPrecision(DatePrecision precision) {
        if (publishedOn != null) {
            this.publishedOnPrecision = precision == null || precision == DatePrecision.UNKNOWN ? DatePrecision.DAY : precision;
        }
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getOriginalLanguage() {
        return originalLanguage;
    }

    public void setOriginalLanguage(String originalLanguage) {
        this.originalLanguage = blankToNull(originalLanguage);
    }

    public String getFullText() {
        return fullText;
    }

    public String getSha256() {
        return sha256;
    }

    public SourceOrigin getOrigin() {
        return origin;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public String getEnteredBy() {
        return enteredBy;
    }
}
