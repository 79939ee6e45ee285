package org.factcheck.verdict;

import org.factcheck.account.CurrentReviewer;
import org.factcheck.base.Refusal;
import org.springframework.stereotype.Component;

/**
 * Changes to what a verdict says before it is published: its rating, headline and rationale, and its
 * evidence. Each change makes its reviewer the one who changed the content last, whom the four-eyes
 * rule keeps from publishing it ({@link VerdictWorkflow}).
 */
@Component
class VerdictContent {

    private final VerdictRepository verdicts;
    private final EvidenceRepository evidence;
    private final VerdictWorkflow workflow;

    VerdictContent(VerdictRepository verdicts, EvidenceRepository evidence, VerdictWorkflow workflow) {
        this.verdicts = verdicts;
        this.evidence = evidence;
        this.workflow = workflow;
    }

    Verdict save(Verdict verdict) {
        if (verdict.isNew()) {
            return workflow.startDraft(verdict);
        }
        VerdictWorkflow.requireEditable(verdict);
        verdict.contentChangedBy(CurrentReviewer.username());
        return verdicts.save(verdict);
    }

    Evidence saveEvidence(Verdict verdict, Evidence item) {
        VerdictWorkflow.requireEditable(verdict);
        requireCitation(item);
        Verdict current = changing(verdict);
        if (item.isNew()) {
            current.addEvidence(item);
        }
        return evidence.save(item);
    }

    void removeEvidence(Verdict verdict, Evidence item) {
        VerdictWorkflow.requireEditable(verdict);
        Verdict current = changing(verdict);
        current.getEvidence().stream().filter(item::equals).findFirst().ifPresent(current::removeEvidence);
    }

    /** The verdict as saved, its content now last changed by the signed-in reviewer. */
    private Verdict changing(Verdict verdict) {
        Verdict current = verdicts.findById(verdict.getId()).orElseThrow();
        current.contentChangedBy(CurrentReviewer.username());
        return current;
    }

    private static void requireCitation(Evidence item) {
        if (item.getSource() == null && (VerdictWorkflow.isBlank(item.getUrl()) || VerdictWorkflow.isBlank(item.getTitle()))) {
            throw new Refusal("Cite a source in the database, or a web page with its address and title.");
        }
    }
}
