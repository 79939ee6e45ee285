package org.factcheck.verdict.ui;

import com.vaadin.flow.component.Component;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ui.ClaimPageSection;
import org.factcheck.source.SourceService;
import org.factcheck.verdict.VerdictService;

/** Adds the verdict, with its evidence and workflow, to the claim page. */
@org.springframework.stereotype.Component
class VerdictSection implements ClaimPageSection {

    private final VerdictService verdicts;
    private final SourceService sources;

    VerdictSection(VerdictService verdicts, SourceService sources) {
        this.verdicts = verdicts;
        this.sources = sources;
    }

    @Override
    public Place place() {
        return Place.VERDICT;
    }

    @Override
    public Component create(Claim claim) {
        return new VerdictEditor(verdicts, sources, claim);
    }
}
