package org.factcheck.comment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factcheck.account.CurrentReviewer;
import org.factcheck.account.Reviewer;
import org.factcheck.base.Refusal;
import org.factcheck.base.Words;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ui.ClaimPageSection;
import org.factcheck.comment.Comment;
import org.factcheck.comment.CommentService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The claim page's comments: the thread, oldest first, each as plain text (a link is a link, nothing else
 * is markup); a box to write one, with colleagues to mention picked from a list; edit and delete on one's own.
 */
@org.springframework.stereotype.Component
class CommentsSection implements ClaimPageSection {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)]");

    private final CommentService comments;

    CommentsSection(CommentService comments) {
        this.comments = comments;
    }

    @Override
    public Place place() {
        return Place.COMMENTS;
    }

    @Override
    public Component create(Claim claim) {
        Div section = new Div();
        section.addClassName("comments");
        Div thread = new Div();
        thread.addClassName("comment-thread");
        TextArea box = new TextArea("Comment");
        box.setMaxLength(Comment.MAX_LENGTH);
        box.setHelperText("Plain text; links stay links. Mention a colleague with @ and their username.");
        box.setWidthFull();
        ComboBox<Reviewer> mention = new ComboBox<>("Mention");
        mention.setItems(comments.colleagues());
        mention.setItemLabelGenerator(colleague -> colleague.getDisplayName() + " (@" + colleague.getUsername() + ")");
        mention.setPlaceholder("Pick a colleague");
        mention.addValueChangeListener(picked -> {
            if (picked.getValue() != null) {
                String text = box.getValue();
                box.setValue(text + (text.isEmpty() || text.endsWith(" ") ? "" : " ") + "@" + picked.getValue().getUsername() + " ");
                mention.clear();
                box.focus();
            }
        });
        Button post = new Button("Post comment", click -> {
            try {
                comments.post(claim.getId(), box.getValue());
                box.clear();
                box.setInvalid(false);
                render(thread, claim.getId());
            } catch (Refusal refused) {
                box.setErrorMessage(refused.getMessage());
                box.setInvalid(true);
            }
        });
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(mention, post);
        actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        section.add(new H3("Comments"), thread, box, actions);
        render(thread, claim.getId());
        return section;
    }

    private void render(Div thread, long claimId) {
        thread.removeAll();
        var all = comments.thread(claimId);
        if (all.isEmpty()) {
            thread.add(new Paragraph("No comments yet."));
        }
        for (Comment comment : all) {
            thread.add(shown(thread, claimId, comment));
        }
    }

    private Div shown(Div thread, long claimId, Comment comment) {
        Div item = new Div();
        item.addClassName("comment");
        Span who = new Span(comment.getCreatedBy() + " · " + Words.of(comment.getCreatedAt())
                + (comment.isEdited() ? " · edited " + Words.of(comment.getUpdatedAt()) : ""));
        who.addClassName("comment-meta");
        Div body = body(comment.getBody());
        item.add(who, body);
        if (Objects.equals(comment.getCreatedBy(), CurrentReviewer.username())) {
            Button edit = new Button("Edit", click -> item.replace(body, editor(thread, claimId, comment)));
            Button delete = new Button("Delete", click -> {
                comments.delete(comment);
                render(thread, claimId);
            });
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            HorizontalLayout own = new HorizontalLayout(edit, delete);
            own.setSpacing(true);
            item.add(own);
        }
        return item;
    }

    private Div editor(Div thread, long claimId, Comment comment) {
        TextArea text = new TextArea();
        text.setValue(comment.getBody());
        text.setMaxLength(Comment.MAX_LENGTH);
        text.setWidthFull();
        text.setAriaLabel("Edit the comment");
        Button save = new Button("Save", click -> {
            try {
                comments.edit(comment, text.getValue());
                render(thread, claimId);
            } catch (Refusal refused) {
                text.setErrorMessage(refused.getMessage());
                text.setInvalid(true);
            } catch (ObjectOptimisticLockingFailureException stale) {
                text.setErrorMessage("Someone changed this comment meanwhile: reload the page to see it, then edit again.");
                text.setInvalid(true);
            }
        });
        Button cancel = new Button("Cancel", click -> render(thread, claimId));
        return new Div(text, new Div(save, cancel));
    }

    /** The text as text, its web addresses as links that open elsewhere: nothing in it is ever markup. */
    static Div body(String text) {
        Div body = new Div();
        body.addClassName("comment-body");
        Matcher link = LINK.matcher(text);
        int at = 0;
        while (link.find()) {
            body.add(new Text(text.substring(at, link.start())));
            Anchor anchor = new Anchor(link.group(), link.group());
            anchor.setTarget("_blank");
            anchor.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            body.add(anchor);
            at = link.end();
        }
        body.add(new Text(text.substring(at)));
        return body;
    }
}
