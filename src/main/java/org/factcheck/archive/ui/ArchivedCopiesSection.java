package org.factcheck.archive.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.Map;
import org.factcheck.archive.ArchiveService;
import org.factcheck.archive.ArchivedCapture;
import org.factcheck.archive.FetchRefused;
import org.factcheck.archive.LinkCheck;
import org.factcheck.base.Words;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ui.ClaimPageSection;
import org.factcheck.verdict.Evidence;
import org.factcheck.verdict.VerdictService;

/**
 * Adds the archived copies to the claim page: for each page the verdict's evidence cites (and each source of the claim with an address), its latest copy
 * and whether the quote is in it (✔ / ✘), what the link watch last found on the live page, and buttons to
 * archive it now or upload a copy the reviewer saved (when a site refuses the archive's requests).
 */
@org.springframework.stereotype.Component
class ArchivedCopiesSection implements ClaimPageSection {

    private final ArchiveService archive;
    private final VerdictService verdicts;

    ArchivedCopiesSection(ArchiveService archive, VerdictService verdicts) {
        this.archive = archive;
        this.verdicts = verdicts;
    }

    @Override
    public Place place() {
        return Place.ARCHIVED_COPIES;
    }

    @Override
    public Component create(Claim claim) {
        Div section = new Div();
        section.addClassName("archived-copies");
        render(section, claim.getId());
        return section;
    }

    private void render(Div section, long claimId) {
        section.removeAll();
        Button refresh = new Button("Check again", VaadinIcon.REFRESH.create(), click -> render(section, claimId));
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        section.add(new H3("Archived copies"), new Paragraph("A copy of each page the evidence cites, kept by its SHA-256"
                + " and pinned to each version the public is shown. ✔ the quote is in the copy, ✘ it is not."), refresh);
        List<Evidence> cited = verdicts.verdictOnClaim(claimId).map(verdict -> verdict.getEvidence().stream()
                .filter(item -> address(item) != null).toList()).orElse(List.of());
        List<String> sources = archive.sourcePagesOf(claimId);
        if (cited.isEmpty() && sources.isEmpty()) {
            section.add(new Paragraph("No item of evidence or source of this claim has an online address yet."));
            return;
        }
        Map<Long, LinkCheck> checks = archive.linkChecks(cited.stream().map(Evidence::getId).toList());
        for (Evidence item : cited) {
            section.add(row(address(item), item.citation(), item.getQuote(), checks.get(item.getId())));
        }
        for (String source : sources) {
            section.add(row(source, "Source: " + source, null, null));
        }
    }

    private Div row(String url, String citation, String quote, LinkCheck check) {
        Div row = new Div();
        row.addClassName("archived-copy");
        Anchor page = new Anchor(url, citation);
        page.setTarget("_blank");
        page.getElement().setAttribute("rel", "noopener noreferrer");
        Span copy = new Span();
        copy.addClassName("copy-status");
        Span flag = new Span();
        flag.addClassName("link-flag");
        Span error = new Span();
        error.addClassName("field-error");
        showCopy(copy, archive.latest(url, quote).orElse(null));
        if (check != null && check.flagged()) {
            flag.setText("⚠ Link watch, " + Words.of(check.checkedAt()) + ": " + check.detail());
        } else if (check != null) {
            flag.setText("Live page checked " + Words.of(check.checkedAt()) + ": still there, with the quote.");
            flag.addClassName("fine");
        }
        Button now = new Button("Archive now", VaadinIcon.ARCHIVE.create(), click -> {
            error.setText("");
            try {
                showCopy(copy, archive.archive(url, quote));
            } catch (FetchRefused refused) {
                error.setText(refused.getMessage());
            }
        });
        now.addThemeVariants(ButtonVariant.LUMO_SMALL);
        UI ui = UI.getCurrent();
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            error.setText("");
            try {
                showCopy(copy, archive.upload(url, metadata.contentType(), bytes, quote));
            } catch (FetchRefused refused) {
                error.setText(metadata.fileName() + ": " + refused.getMessage());
            }
            upload.clearFileList();
        })));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, archive.largestUpload()));
        upload.setAcceptedFileTypes(".html", ".htm", ".mhtml", ".pdf", ".png", ".jpg", ".jpeg", ".webp", ".txt");
        upload.setUploadButton(new Button("Upload a copy", VaadinIcon.UPLOAD.create()));
        upload.setDropLabel(new Span("a saved page, PDF or screenshot"));
        upload.addFileRejectedListener(rejected -> error.setText(rejected.getFileName() + ": " + rejected.getErrorMessage()
                + ". Upload a saved page, a PDF or a screenshot of at most " + archive.largestUpload() / (1024 * 1024) + " MB."));
        row.add(page, copy, flag, new Div(now, upload), error);
        return row;
    }

    static void showCopy(Span copy, ArchivedCapture capture) {
        copy.removeClassNames("found", "missing");
        if (capture == null) {
            copy.setText("No archived copy yet.");
            return;
        }
        String taken = Words.of(capture.takenAt()) + " by " + capture.takenBy()
                + (capture.uploaded() ? ", uploaded" : ", HTTP " + capture.httpStatus()) + ", " + capture.contentType()
                + ", SHA-256 " + capture.sha256().substring(0, 12) + "…";
        if (capture.httpStatus() >= 300) {
            copy.setText("✘ The page answered " + capture.httpStatus() + " when archived (" + taken + ").");
            copy.addClassName("missing");
        } else if (capture.quoteFound() == null) {
            copy.setText("Archived copy of " + taken + ": no text to check the quote against.");
        } else if (capture.quoteFound()) {
            copy.setText("✔ Quote found in the archived copy of " + taken + ".");
            copy.addClassName("found");
        } else {
            copy.setText("✘ Quote not found in the archived copy of " + taken + ".");
            copy.addClassName("missing");
        }
    }

    /** The page an item cites: its own address, or its source's. */
    private static String address(Evidence item) {
        if (item.getUrl() != null) {
            return item.getUrl();
        }
        return item.getSource() == null ? null : item.getSource().getUrl();
    }
}
