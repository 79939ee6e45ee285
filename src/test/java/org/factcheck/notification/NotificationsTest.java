package org.factcheck.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factcheck.Colleague.as;

import java.util.List;
import org.factcheck.AppTest;
import org.factcheck.Desk;
import org.factcheck.account.AccountFixtures;
import org.factcheck.account.Reviewer;
import org.factcheck.account.ReviewerService;
import org.factcheck.account.Role;
import org.factcheck.base.Refusal;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimService;
import org.factcheck.comment.Comment;
import org.factcheck.comment.CommentService;
import org.factcheck.verdict.Verdict;
import org.factcheck.verdict.VerdictService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Comments and the notifications they and the workflow send, through the services and the database:
 * who is told what, never of their own doing, and only one's own are read or marked.
 */
@AppTest
class NotificationsTest {

    @Autowired CommentService comments;
    @Autowired NotificationService notifications;
    @Autowired ReviewerService reviewers;
    @Autowired ClaimService claims;
    @Autowired VerdictService verdicts;
    @Autowired Desk desk;
    @Autowired JdbcClient jdbc;

    @Test
    void a_comment_tells_the_colleagues_it_mentions_but_not_its_author_nor_unknown_names() {
        String author = colleague(Role.REVIEWER);
        String mentioned = colleague(Role.REVIEWER);
        Claim claim = desk.newClaim(author);
        as(author, Role.REVIEWER, () -> comments.post(claim.getId(),
                "@" + mentioned + " can you find the 2019 report? Also @" + author + " and @no-such-colleague."));

        List<Notification> theirs = as(mentioned, Role.REVIEWER, () -> notifications.mine());
        assertThat(theirs).singleElement().satisfies(notification -> {
            assertThat(notification.getKind()).isEqualTo(Notification.Kind.MENTIONED);
            assertThat(notification.getClaimId()).isEqualTo(claim.getId());
            assertThat(notification.getMessage()).startsWith(author + " mentioned you: “@" + mentioned + " can you find");
        });
        assertThat(as(author, Role.REVIEWER, () -> notifications.mine())).isEmpty();
        assertThat(jdbc.sql("select count(*) from notification where recipient = 'no-such-colleague'").query(Long.class).single()).isZero();
    }

    @Test
    void only_its_author_edits_or_deletes_a_comment_and_the_history_keeps_every_version() {
        String author = colleague(Role.REVIEWER);
        String other = colleague(Role.EDITOR);
        Claim claim = desk.newClaim(author);
        Comment posted = as(author, Role.REVIEWER, () -> comments.post(claim.getId(), "First thoughts <b>bold</b>"));

        assertThatThrownBy(() -> as(other, Role.EDITOR, () -> comments.edit(posted, "Rewritten by someone else")))
                .isInstanceOf(Refusal.class).hasMessage("Only " + author + ", who wrote this comment, may change or delete it.");
        assertThatThrownBy(() -> as(other, Role.EDITOR, () -> comments.delete(posted))).isInstanceOf(Refusal.class);

        Comment edited = as(author, Role.REVIEWER, () -> comments.edit(posted, "Second thoughts, @" + other));
        assertThat(edited.isEdited()).isTrue();
        assertThat(as(other, Role.EDITOR, () -> notifications.mine())).extracting(Notification::getKind)
                .containsExactly(Notification.Kind.MENTIONED);
        assertThatThrownBy(() -> as(author, Role.REVIEWER, () -> comments.edit(posted, "From a stale page")))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
        as(author, Role.REVIEWER, () -> comments.delete(edited));

        assertThat(as(author, Role.REVIEWER, () -> comments.thread(claim.getId()))).isEmpty();
        assertThat(jdbc.sql("select body from comment_aud where id = ? order by rev").param(posted.getId()).query(String.class).list())
                .containsExactly("First thoughts <b>bold</b>", "Second thoughts, @" + other, "Second thoughts, @" + other);
    }

    @Test
    void a_blank_or_overlong_comment_is_refused_with_the_reason_and_nothing_is_kept() {
        String author = colleague(Role.REVIEWER);
        Claim claim = desk.newClaim(author);
        assertThatThrownBy(() -> as(author, Role.REVIEWER, () -> comments.post(claim.getId(), "   ")))
                .isInstanceOf(Refusal.class).hasMessage("Write the comment first: it is empty.");
        assertThatThrownBy(() -> as(author, Role.REVIEWER, () -> comments.post(claim.getId(), "x".repeat(5001))))
                .isInstanceOf(Refusal.class).hasMessage("Keep a comment to 5000 characters (this one has 5001).");
        assertThat(as(author, Role.REVIEWER, () -> comments.thread(claim.getId()))).isEmpty();
    }

    @Test
    void the_workflow_tells_editors_of_a_submission_and_the_author_of_a_send_back_and_a_publication() {
        String author = colleague(Role.REVIEWER);
        String editor = colleague(Role.EDITOR);
        String secondEditor = colleague(Role.EDITOR);
        Verdict draft = desk.draft(author, true);
        Verdict inReview = as(author, Role.REVIEWER, () -> verdicts.submitForReview(draft, "Please check the figure."));
        assertThat(kinds(editor)).containsExactly(Notification.Kind.SUBMITTED_FOR_REVIEW);
        assertThat(kinds(secondEditor)).containsExactly(Notification.Kind.SUBMITTED_FOR_REVIEW);
        assertThat(kinds(author)).as("not told of their own submission").isEmpty();

        Verdict back = as(editor, Role.EDITOR, () -> verdicts.sendBack(desk.reload(inReview), "Cite the primary source."));
        assertThat(as(author, Role.REVIEWER, () -> notifications.mine()).getFirst().getMessage())
                .isEqualTo(editor + " sent your verdict back: “Cite the primary source.”");
        Verdict again = as(author, Role.REVIEWER, () -> verdicts.submitForReview(desk.reload(back), "Done."));
        as(secondEditor, Role.EDITOR, () -> verdicts.publish(desk.reload(again), "Good."));
        assertThat(kinds(author)).containsExactly(Notification.Kind.PUBLISHED, Notification.Kind.SENT_BACK);
        assertThat(as(author, Role.REVIEWER, () -> notifications.unread())).isEqualTo(2);
    }

    @Test
    void assigning_a_claim_tells_the_new_assignee_once() {
        String lead = colleague(Role.EDITOR);
        String assignee = colleague(Role.REVIEWER);
        Claim claim = desk.newClaim(lead);
        Reviewer them = as(lead, Role.EDITOR, () -> reviewers.findByUsername(assignee).orElseThrow());
        Claim assigned = as(lead, Role.EDITOR, () -> {
            Claim current = claims.find(claim.getId()).orElseThrow();
            current.setAssignee(them);
            return claims.save(current);
        });
        as(lead, Role.EDITOR, () -> {
            Claim current = claims.find(assigned.getId()).orElseThrow();
            current.setNote("Still theirs");
            return claims.save(current);
        });
        assertThat(kinds(assignee)).containsExactly(Notification.Kind.ASSIGNED);
    }

    @Test
    void a_reviewer_marks_only_their_own_notifications_read() {
        String author = colleague(Role.REVIEWER);
        String reader = colleague(Role.REVIEWER);
        String bystander = colleague(Role.REVIEWER);
        Claim claim = desk.newClaim(author);
        as(author, Role.REVIEWER, () -> comments.post(claim.getId(), "@" + reader + " and @" + bystander + ", look."));
        long theirs = as(bystander, Role.REVIEWER, () -> notifications.mine()).getFirst().getId();

        as(reader, Role.REVIEWER, () -> notifications.markRead(theirs));
        as(reader, Role.REVIEWER, () -> notifications.markAllRead());
        assertThat(as(reader, Role.REVIEWER, () -> notifications.unread())).isZero();
        assertThat(as(bystander, Role.REVIEWER, () -> notifications.unread())).isEqualTo(1);
    }

    private List<Notification.Kind> kinds(String username) {
        return as(username, Role.REVIEWER, () -> notifications.mine()).stream().map(Notification::getKind).toList();
    }

    private String colleague(Role role) {
        return as("admin", Role.ADMIN, () -> AccountFixtures.account(reviewers, role).getUsername());
    }
}
