package org.factcheck.verdict;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.factcheck.base.EditableRecord;
import org.factcheck.base.NotInTheFuture;
import org.factcheck.base.TextLimits;
import org.factcheck.base.WebAddress;
import org.factcheck.source.Source;
import org.hibernate.envers.Audited;

/**
 * One item of evidence for a verdict: what it does for the claim (supports, refutes, gives
 * context), its citation (a source in this database, or an external page) and the relevant quote.
 */
@Entity
@Audited
public class Evidence extends EditableRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "verdict_id", nullable = false)
    private Verdict verdict;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stance stance;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    private Source source;

    @Size(max = TextLimits.URL)
    @WebAddress
    private String url;

    @Size(max = TextLimits.TITLE)
    private String title;

    @Size(max = TextLimits.NAME)
    private String publisher;

    @NotInTheFuture
    private LocalDate publishedOn;

    @NotInTheFuture
    private LocalDate accessedOn;

    @Size(max = TextLimits.QUOTE)
    private String quote;

    @Column(nullable = false)
    private int position;

    protected Evidence() {
    }

    /** A new, empty item to fill in a form. */
    public static Evidence blank() {
        Evidence evidence = new Evidence();
        evidence.stance = Stance.SUPPORTS;
        return evidence;
    }

    /** Evidence citing a source in this database. */
    public static Evidence fromSource(Stance stance, Source source, String quote) {
        Evidence evidence = new Evidence();
        evidence.stance = stance;
        evidence.source = source;
        evidence.quote = quote;
        return evidence;
    }

    /** Evidence citing an external page. */
    public static Evidence fromWeb(Stance stance, String url, String title, String publisher,
            LocalDate publishedOn, LocalDate accessedOn, String quote) {
        Evidence evidence = new Evidence();
        evidence.stance = stance;
        evidence.url = url;
        evidence.title = title;
        evidence.publisher = publisher;
        evidence.publishedOn = publishedOn;
        evidence.accessedOn = accessedOn;
        evidence.quote = quote;
        return evidence;
    }

    void attachTo(Verdict verdict, int position) {
        this.verdict = verdict;
        this.position = position;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public Stance getStance() {
        return stance;
    }

    public void setStance(Stance stance) {
        this.stance = stance;
    }

    public Source getSource() {
        return source;
    }

    public void setSource(Source source) {
        this.source = source;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = blankToNull(url);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = blankToNull(title);
    }

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = blankToNull(publisher);
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public LocalDate getAccessedOn() {
        return accessedOn;
    }

    public void setAccessedOn(LocalDate accessedOn) {
        this.accessedOn = accessedOn;
    }

    public String getQuote() {
        return quote;
    }

    public void setQuote(String quote) {
        this.quote = blankToNull(quote);
    }

    /** A short human citation: the source's title and outlet, or the page's title and publisher. */
    public String citation() {
        if (source != null) {
            return source.getTitle() + " — " + source.getOutlet();
        }
        return title + (publisher == null ? "" : " — " + publisher);
    }

    public int getPosition() {
        return position;
    }
}
