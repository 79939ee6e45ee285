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
import org.factcheck.claim.ClaimPageSection;
import org.factcheck.claim.ClaimService;
import org.factcheck.claim.ClusteredClaim;
import org.factcheck.claim.SameClaimSuggestion;
import org.factcheck.verdict.ClaimVerdict;
import org.factcheck.verdict.VerdictService;
import org.factcheck.verdict.VerdictStatus;

/**
 * Adds the claim's cluster to its page: the same statement in other claims, with where each appears
 * and where its verdict stands; the cluster's published verdict when this claim has none of its own;
 * and suggested claims to confirm as the same, or reject. It lives with the verdicts because the claim
 * feature cannot see them.
 */
@org.springframework.stereotype.Component
class SameClaimSection implements ClaimPageSection {

    private final ClaimService claims;
    private final VerdictService verdicts;

    SameClaimSection(ClaimService claims, VerdictService verdicts) {
        this.claims = claims;
        this.verdicts = verdicts;
    }

    @Override
    public int order() {
        // Above the verdict, so "verdict on a claim in this cluster" is read before an empty verdict form.
        return 5;
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
        List<ClusteredClaim> cluster = claims.sameClaimElsewhere(claimId);
        List<SameClaimSuggestion> suggestions = claims.sameClaimSuggestions(claimId);
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
        if (!suggestions.isEmpty()) {
            section.add(new H4("Perhaps the same claim"));
        }
        for (SameClaimSuggestion suggestion : suggestions) {
            Button confirm = new Button("Confirm", click -> {
                claims.confirmSameClaim(claimId, suggestion.claimId());
                render(section, claimId);
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            confirm.setAriaLabel("Confirm: the same claim as “" + suggestion.text() + "”");
            Button reject = new Button("Reject", click -> {
                claims.rejectSameClaim(claimId, suggestion.claimId());
                render(section, claimId);
            });
            reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            reject.setAriaLabel("Reject: not the same claim as “" + suggestion.text() + "”");
            Span alike = new Span(Math.round(suggestion.similarity() * 100) + "% alike"
                    + (suggestion.sharedEntities() > 0 ? " · " + suggestion.sharedEntities() + " entities in common" : "")
                    + (suggestion.sharedNumbers() > 0 ? " · same numbers" : ""));
            alike.addClassName("provenance");
            section.add(item("suggested-claim", suggestion.claimId(), suggestion.text(), suggestion.sources(), alike,
                    confirm, reject));
        }
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
