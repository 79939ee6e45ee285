package org.factcheck.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.factcheck.Colleague.as;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.factcheck.AppTest;
import org.factcheck.account.Role;
import org.factcheck.claim.Appearance;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimService;
import org.factcheck.verdict.Desk;
import org.factcheck.verdict.Evidence;
import org.factcheck.verdict.Verdict;
import org.factcheck.verdict.VerdictService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The history of changes, read back through Envers and the activity log from the real database. */
@AppTest
class HistoryServiceTest {

    @Autowired
    HistoryService history;

    @Autowired
    ClaimService claims;

    @Autowired
    VerdictService verdicts;

    @Autowired
    Desk desk;

    @Test
    void history_names_the_right_reviewer_for_each_change() {
        Claim claim = desk.newClaim("hana");
        rewrite(claim, "ivan", "Rewritten by a second reviewer.");

        List<RecordRevision> revisions = as("hana", Role.REVIEWER, () -> history.revisions(List.of(
                HistoryScope.record(Claim.class, claim.getId()),
                HistoryScope.ownedBy(Appearance.class, "claim", claim.getId()))));

        assertThat(revisions).extracting(RecordRevision::type, RecordRevision::reviewer, RecordRevision::change)
                .containsExactly(
                        tuple(Claim.class, "ivan", ChangeKind.CHANGED),
                        tuple(Appearance.class, "hana", ChangeKind.ADDED),
                        tuple(Claim.class, "hana", ChangeKind.ADDED));
        assertThat(revisions.get(0).revision()).isGreaterThan(revisions.get(2).revision());
    }

    @Test
    void the_diff_shows_only_the_changed_fields_old_and_new() {
        Claim claim = desk.newClaim("hana");
        String before = claim.getText();
        rewrite(claim, "ivan", "Rewritten by a second reviewer.");
        List<RecordRevision> revisions = as("hana", Role.REVIEWER,
                () -> history.revisions(List.of(HistoryScope.record(Claim.class, claim.getId()))));

        List<FieldChange> changes = as("hana", Role.REVIEWER, () -> history.compare(Claim.class, claim.getId(),
                revisions.get(1).revision(), revisions.get(0).revision()));

        assertThat(changes).containsExactly(new FieldChange("Text", before, "Rewritten by a second reviewer."));
    }

    @Test
    void compared_with_nothing_every_field_of_a_new_record_is_new_and_its_appearances_read_by_their_quote() {
        Claim claim = desk.newClaim("hana");
        long added = as("hana", Role.REVIEWER,
                () -> history.revisions(List.of(HistoryScope.record(Claim.class, claim.getId())))).getFirst().revision();

        List<FieldChange> changes = as("hana", Role.REVIEWER, () -> history.compare(Claim.class, claim.getId(), null, added));

        assertThat(changes).contains(new FieldChange("Text", "", claim.getText()),
                new FieldChange("Check worthiness", "", "Medium"), new FieldChange("Status", "", "Unreviewed"));
        assertThat(changes).contains(new FieldChange("Appearances", "", claim.getAppearances().getFirst().getQuote()));
        assertThat(changes).extracting(FieldChange::field).doesNotContain("Id", "Version", "Created by", "Updated at");
    }

    @Test
    void a_workflow_step_gives_its_comment_as_the_reason_and_deleted_evidence_stays_in_the_history() {
        Verdict draft = desk.draft("hana", true);
        Evidence item = draft.getEvidence().getFirst();
        as("hana", Role.REVIEWER, () -> verdicts.removeEvidence(draft, item));
        Verdict current = as("hana", Role.REVIEWER, () -> desk.reload(draft));
        as("hana", Role.REVIEWER, () -> verdicts.submitForReview(current, "Evidence to follow from the archive."));

        List<RecordRevision> revisions = as("hana", Role.REVIEWER, () -> history.revisions(List.of(
                HistoryScope.ownedBy(Verdict.class, "claim", draft.getClaim().getId()),
                HistoryScope.ownedBy(Evidence.class, "verdict", draft.getId()))));

        assertThat(revisions.getFirst()).extracting(RecordRevision::type, RecordRevision::reason)
                .containsExactly(Verdict.class, "Evidence to follow from the archive.");
        assertThat(revisions).filteredOn(revision -> revision.type() == Evidence.class)
                .extracting(RecordRevision::change).containsExactly(ChangeKind.DELETED, ChangeKind.ADDED);
    }

    @Test
    void the_activity_log_filters_by_reviewer_record_type_and_date() {
        Claim claim = desk.newClaim("jules");
        rewrite(claim, "jules", "Changed by jules for the activity log.");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        PageRequest page = PageRequest.of(0, 50);

        List<ActivityEntry> byJules = as("jules", Role.REVIEWER,
                () -> history.activity(new ActivityFilter("jules", null, null, null), page));
        List<ActivityEntry> claimsByJules = as("jules", Role.REVIEWER,
                () -> history.activity(new ActivityFilter("jules", RecordType.CLAIM, today, today), page));
        List<ActivityEntry> tomorrow = as("jules", Role.REVIEWER,
                () -> history.activity(new ActivityFilter("jules", null, today.plusDays(1), null), page));
        List<ActivityEntry> untilYesterday = as("jules", Role.REVIEWER,
                () -> history.activity(new ActivityFilter("jules", null, null, today.minusDays(1)), page));

        // The claim and its appearance, added in one revision, are one line named by the claim.
        assertThat(byJules).extracting(ActivityEntry::type, ActivityEntry::recordId, ActivityEntry::name, ActivityEntry::change,
                        ActivityEntry::alsoChanged, ActivityEntry::page)
                .containsExactly(
                        tuple(RecordType.CLAIM, claim.getId(), "Changed by jules for the activity log.", ChangeKind.CHANGED, "",
                                "claims/" + claim.getId()),
                        tuple(RecordType.CLAIM, claim.getId(), claim.getText(), ChangeKind.ADDED, "1 appearance added",
                                "claims/" + claim.getId()));
        assertThat(byJules).allSatisfy(entry -> assertThat(entry.reviewer()).isEqualTo("jules"));
        assertThat(claimsByJules).extracting(ActivityEntry::type).containsOnly(RecordType.CLAIM).hasSize(2);
        assertThat(tomorrow).isEmpty();
        assertThat(untilYesterday).isEmpty();
        assertThat(as("jules", Role.REVIEWER, () -> history.reviewers())).contains("jules", "seed");
    }

    @Test
    void reading_the_activity_log_by_key_after_each_page_gives_the_lines_reading_by_offset_gives() {
        Claim claim = desk.newClaim("kira");
        rewrite(claim, "kira", "Changed by kira for keyset paging.");
        rewrite(claim, "kira", "Changed again by kira for keyset paging.");
        desk.newClaim("kira");
        ActivityFilter filter = new ActivityFilter("kira", null, null, null);

        List<ActivityEntry> byOffset = as("kira", Role.REVIEWER, () -> history.activity(filter, PageRequest.of(0, 50)));
        List<ActivityEntry> byKey = new java.util.ArrayList<>();
        List<ActivityEntry> page = as("kira", Role.REVIEWER, () -> history.activity(filter, null, 0, 2));
        while (!page.isEmpty()) {
            byKey.addAll(page);
            ActivityEntry last = page.getLast();
            page = as("kira", Role.REVIEWER, () -> history.activity(filter, last, 0, 2));
        }

        assertThat(byOffset).hasSizeGreaterThanOrEqualTo(4);
        assertThat(byKey).containsExactlyElementsOf(byOffset);
        // A jump to a page never reached by key still reads by offset.
        assertThat(as("kira", Role.REVIEWER, () -> history.activity(filter, null, 2, 2))).containsExactlyElementsOf(byOffset.subList(2, 4));
    }

    private void rewrite(Claim claim, String reviewer, String text) {
        as(reviewer, Role.REVIEWER, () -> {
            Claim current = claims.find(claim.getId()).orElseThrow();
            current.setText(text);
            return claims.save(current);
        });
    }
}
