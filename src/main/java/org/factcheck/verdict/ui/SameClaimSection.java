package org.factcheck.verdict.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.factcheck.base.ui.Labels;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimService;
import org.factcheck.claim.ClusteredClaim;
import org.factcheck.claim.ui.ClaimPageSection;
import org.factcheck.matching.Known;
import org.factcheck.matching.KnownClaim;
import org.factcheck.verdict.ClaimVerdict;
import org.factcheck.verdict.SameClaim;
import org.factcheck.verdict.VerdictService;
import org.factcheck.verdict.VerdictStatus;

/**
 * Adds the claim's cluster to its page: the same statement in other claims, with where each appears
 * and where its verdict stands; the cluster's published verdict when this claim has none of its own;
 * and the claims that match it by meaning and words ({@link SameClaim}: its wording and its quotes) to
 * confirm as the same, or reject; those whose numbers, names or dates differ apart, as similar wording
 * only; and other desks' fact-checks of it. It lives with the verdicts because the claim feature cannot
 * see them.
 */
@org.springframework.stereotype.Component
class SameClaimSection implements ClaimPageSection {

    private final ClaimService claims;
    private final VerdictService verdicts;
    private final SameClaim sameClaim;

    SameClaimSection(ClaimService claims, VerdictService verdicts, SameClaim sameClaim) {
        this.claims = claims;
        this.verdicts = verdicts;
        this.sameClaim = sameClaim;
    }

    @Override
    public Place place() {
        return Place.SAME_CLAIM;
    }

    @Override
    public Component create(Claim claim) {
        Div section = new Div();
        section.addClassName("same-claim");
        render(section, claim.getId());
        return section;
    }

    private void render(Div section, long claimId) {
        section.removeAll();
        section.add(new H3("Same claim elsewhere"));
        SameClaim.Found found = sameClaim.of(claimId);
        List<ClusteredClaim> cluster = found.cluster();
        List<Long> shown = Stream.concat(Stream.of(claimId), cluster.stream().map(ClusteredClaim::claimId)).toList();
        Map<Long, ClaimVerdict> verdictOn = verdicts.verdictsOnClaims(shown).stream()
                .collect(Collectors.toMap(ClaimVerdict::claimId, Function.identity()));
        if (!verdictOn.containsKey(claimId)) {
            publishedInCluster(cluster, verdictOn).ifPresent(section::add);
        }
        if (cluster.isEmpty()) {
            section.add(new Paragraph("No other claim is confirmed as stating the same thing."));
        } else {
            for (ClusteredClaim other : cluster) {
                ClaimVerdict verdict = verdictOn.get(other.claimId());
                Span standing = new Span(verdict == null ? "No verdict yet"
                        : verdict.rating() + " · " + Labels.of(verdict.status()));
                standing.addClassName("provenance");
                section.add(item("cluster-claim", other.claimId(), other.text(), other.sources(), standing));
            }
            Button leave = new Button("Take this claim out of the cluster", click -> {
                claims.removeFromCluster(claimId);
                render(section, claimId);
            });
            leave.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            section.add(leave);
        }
        List<KnownClaim> matches = found.suggestions();
        List<KnownClaim> ours = matches.stream()
                .filter(match -> match.known().kind() == Known.Kind.CLAIM && match.agreement().same()).toList();
        List<KnownClaim> similarWording = matches.stream()
                .filter(match -> match.known().kind() == Known.Kind.CLAIM && !match.agreement().same()).toList();
        List<KnownClaim> elsewhere = matches.stream().filter(match -> match.known().kind() == Known.Kind.EXTERNAL).toList();
        if (!ours.isEmpty()) {
            section.add(new H4("Perhaps the same claim"));
        }
        for (KnownClaim match : ours) {
            long other = match.known().id();
            Button confirm = new Button("Confirm", click -> {
                claims.confirmSameClaim(claimId, other);
                render(section, claimId);
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            confirm.setAriaLabel("Confirm: the same claim as “" + match.text() + "”");
            section.add(item("suggested-claim", other, match.text(), match.sources(), alike(match), confirm,
                    reject(section, claimId, match)));
        }
        if (!similarWording.isEmpty()) {
            section.add(new H4("Similar wording, different facts"));
        }
        for (KnownClaim match : similarWording) {
            section.add(item("similar-wording", match.known().id(), match.text(), match.sources(), alike(match),
                    reject(section, claimId, match)));
        }
        if (!elsewhere.isEmpty()) {
            section.add(new H4("Checked by other desks"));
        }
        for (KnownClaim match : elsewhere) {
            Anchor review = new Anchor(match.url(), match.text());
            review.setTarget("_blank");
            review.getElement().setAttribute("dir", "auto").setAttribute("rel", "noopener noreferrer");
            Span by = new Span(" — " + match.publisher() + (match.rating() == null ? "" : ": " + match.rating()) + " · ");
            Div item = new Div(review, by, alike(match));
            item.addClassName("external-fact-check");
            section.add(item);
        }
    }

    /** "83% alike", or "83% alike · similar wording, different numbers". */
    private static Span alike(KnownClaim match) {
        Span alike = new Span(Math.round(Math.max(0, match.score()) * 100) + "% alike"
                + (match.agreement().same() ? "" : " · " + match.agreement().description())
                + (match.known().kind() == Known.Kind.CLAIM ? " · " + match.standing()
                        + (match.rating() == null ? "" : ": " + match.rating()) : ""));
        alike.addClassName("provenance");
        return alike;
    }

    private Button reject(Div section, long claimId, KnownClaim match) {
        Button reject = new Button("Reject", click -> {
            claims.rejectSameClaim(claimId, match.known().id());
            render(section, claimId);
        });
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        reject.setAriaLabel("Reject: not the same claim as “" + match.text() + "”");
        return reject;
    }

    /** "Verdict on a claim in this cluster: False", linking to it, if one of them has a published verdict. */
    private static Optional<Component> publishedInCluster(List<ClusteredClaim> cluster, Map<Long, ClaimVerdict> verdictOn) {
        return cluster.stream()
                .filter(other -> verdictOn.containsKey(other.claimId())
                        && verdictOn.get(other.claimId()).status() == VerdictStatus.PUBLISHED)
                .findFirst()
                .map(other -> {
                    Div note = new Div(new Span("Verdict on a claim in this cluster: "),
                            new Span(verdictOn.get(other.claimId()).rating() + " — "),
                            new Anchor("claims/" + other.claimId(), other.text()));
                    note.addClassName("cluster-verdict");
                    return note;
                });
    }

    private static Div item(String className, long claimId, String text, String sources, Component... extras) {
        Anchor link = new Anchor("claims/" + claimId, text);
        link.getElement().setAttribute("dir", "auto");
        Div item = new Div(link, new Span(sources == null ? " — in no source" : " — " + sources));
        item.add(extras);
        item.addClassName(className);
        return item;
    }
}
