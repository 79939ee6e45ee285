package org.factcheck.comment;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.factcheck.account.CurrentReviewer;
import org.factcheck.account.Reviewer;
import org.factcheck.account.ReviewerService;
import org.factcheck.base.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The comment threads on claims. Anyone signed in reads and posts; only a comment's author edits or
 * deletes it, and an edit made on a version someone has since changed is refused as a conflict.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('REVIEWER')")
public class CommentService {

    private static final int EXCERPT = 140;

    private final CommentRepository comments;
    private final ReviewerService reviewers;
    private final ApplicationEventPublisher events;

    CommentService(CommentRepository comments, ReviewerService reviewers, ApplicationEventPublisher events) {
        this.comments = comments;
        this.reviewers = reviewers;
        this.events = events;
    }

    /** The claim's comments, oldest first: a thread reads downwards. */
    public List<Comment> thread(long claimId) {
        return comments.findByClaimIdOrderByCreatedAtAscIdAsc(claimId);
    }

    /** The colleagues a comment may mention, for completion: every enabled account. */
    public List<Reviewer> colleagues() {
        return reviewers.assignable();
    }

    @Transactional
    public Comment post(long claimId, String body) {
        Comment saved = comments.save(new Comment(claimId, checked(body)));
        announce(saved, Set.of());
        return saved;
    }

    /** Rewrites one's own comment; colleagues it newly mentions are told. */
    @Transactional
    public Comment edit(Comment comment, String body) {
        Comment current = own(comment);
        Set<String> before = Mentions.in(current.getBody());
        current.rewrite(checked(body));
        Comment saved = comments.saveAndFlush(current);
        announce(saved, before);
        return saved;
    }

    /** Deletes one's own comment; the history keeps what it said. */
    @Transactional
    public void delete(Comment comment) {
        comments.delete(own(comment));
    }

    private Comment own(Comment comment) {
        Comment current = comments.findById(comment.getId())
                .orElseThrow(() -> new Refusal("This comment was deleted meanwhile."));
        if (!Objects.equals(current.getCreatedBy(), CurrentReviewer.username())) {
            throw new Refusal("Only " + current.getCreatedBy() + ", who wrote this comment, may change or delete it.");
        }
        if (current.getVersion() != comment.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Comment.class, comment.getId());
        }
        return current;
    }

    private static String checked(String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new Refusal("Write the comment first: it is empty.");
        }
        if (text.length() > Comment.MAX_LENGTH) {
            throw new Refusal("Keep a comment to " + Comment.MAX_LENGTH + " characters (this one has " + text.length() + ").");
        }
        return text;
    }

    private void announce(Comment comment, Set<String> alreadyMentioned) {
        String author = CurrentReviewer.username();
        Set<String> mentioned = Mentions.in(comment.getBody()).stream()
                .filter(name -> !alreadyMentioned.contains(name) && !name.equals(author))
                .filter(name -> reviewers.findByUsername(name).filter(Reviewer::isEnabled).isPresent())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        String body = comment.getBody();
        events.publishEvent(new CommentPosted(comment.getId(), comment.getClaimId(), author, mentioned,
                body.length() <= EXCERPT ? body : body.substring(0, EXCERPT - 1) + "…"));
    }
}
