package org.factcheck.report.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import org.factcheck.base.Refusal;
import org.factcheck.report.ExportFormat;
import org.factcheck.report.ExportProgress;
import org.factcheck.report.ReportExports;
import org.factcheck.report.ReportScope;
import org.factcheck.report.RunningExport;

/**
 * Choose a format, watch the export run (claims done of the total, then PDF pages drawn), cancel
 * it, or download the file. The export runs on the server's export pool; the dialog only polls its
 * progress twice a second while it runs, so the browser stays usable and no push connection is
 * needed. Closing the dialog stops the export and deletes its file.
 */
class ExportDialog extends Dialog {

    /** How often the browser asks for progress while an export runs. */
    static final int POLL_MILLISECONDS = 500;

    final Select<ExportFormat> format = new Select<>();
    final Checkbox byteOrderMark = new Checkbox("Start with a byte order mark (for Excel)");
    final Button start = new Button("Export");
    final Button cancel = new Button("Cancel export");
    final ProgressBar bar = new ProgressBar();
    final Span status = new Span();
    final Paragraph message = new Paragraph();
    final Anchor download = new Anchor();

    private final ReportExports exports;
    private final ReportScope scope;
    RunningExport running;
    private Registration polling;

    ExportDialog(ReportExports exports, ReportScope scope, String what) {
        this.exports = exports;
        this.scope = scope;
        setHeaderTitle("Export");
        addClassName("export-dialog");
        format.setLabel("Format");
        format.setItems(ExportFormat.values());
        format.setItemLabelGenerator(ExportFormat::label);
        format.setValue(ExportFormat.PDF);
        format.setWidthFull();
        format.addValueChangeListener(change -> describe());
        byteOrderMark.setVisible(false);
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> start());
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(click -> running.cancel());
        cancel.setVisible(false);
        bar.setVisible(false);
        status.addClassName("export-status");
        download.setVisible(false);
        download.addClassName("export-download");
        message.addClassName("export-message");
        VerticalLayout body = new VerticalLayout(new Paragraph(what + "."), format, byteOrderMark, message, bar, status,
                download);
        body.setPadding(false);
        body.setSpacing(false);
        body.setWidth("28em");
        add(body);
        getFooter().add(new Button("Close", click -> close()), cancel, start);
        describe();
    }

    private void describe() {
        ExportFormat chosen = format.getValue();
        byteOrderMark.setVisible(chosen.isCsv());
        message.setText(chosen.publishedOnly()
                ? "Published fact-checks only: claims without a published verdict are left out."
                : "Every claim, with its verdict's rating where there is one.");
    }

    private void start() {
        try {
            running = exports.start(scope, format.getValue(), byteOrderMark.getValue());
        } catch (Refusal refused) {
            message.setText(refused.getMessage());
            return;
        }
        format.setEnabled(false);
        byteOrderMark.setEnabled(false);
        start.setVisible(false);
        cancel.setVisible(true);
        bar.setVisible(true);
        bar.setIndeterminate(true);
        message.setText("");
        getUI().ifPresent(ui -> {
            polling = ui.addPollListener(poll -> refresh());
            ui.setPollInterval(POLL_MILLISECONDS);
        });
        refresh();
    }

    /** Shows where the export stands; called on every poll while it runs. */
    void refresh() {
        if (running == null) {
            return;
        }
        ExportProgress progress = running.progress();
        int total = progress.claimsTotal();
        switch (running.state()) {
            case RUNNING -> {
                if (total < 0) {
                    status.setText("Counting the claims…");
                } else if (progress.pagesDone() > 0) {
                    status.setText("All " + total + " claims read; drawing page " + progress.pagesDone() + "…");
                    bar.setIndeterminate(true);
                } else if (running.format() == ExportFormat.PDF && total > 0 && progress.claimsDone() == total) {
                    // openhtmltopdf lays out the whole document at once, with no point at which to stop.
                    status.setText("All " + total + " claims read; laying out the pages"
                            + (progress.isCancelled() ? " (it stops when the first page is drawn)…" : "…"));
                    bar.setIndeterminate(true);
                } else {
                    bar.setIndeterminate(total == 0);
                    bar.setValue(total == 0 ? 0 : Math.min(1.0, (double) progress.claimsDone() / total));
                    status.setText(progress.claimsDone() + " of " + total + " claims done"
                            + (progress.isCancelled() ? " · cancelling…" : ""));
                }
            }
            case DONE -> {
                finished(progress.claimsDone() + " of " + total + " claims exported.");
                download.setHref(DownloadHandler.forFile(running.file().orElseThrow().toFile(), running.format().fileName()),
                        AttachmentType.DOWNLOAD);
                download.setText("Download " + running.format().fileName());
                download.setVisible(true);
            }
            case CANCELLED -> finished("Export cancelled after " + progress.claimsDone() + " of " + total + " claims.");
            case FAILED -> finished("The export failed: " + running.failure().orElse("unknown reason")
                    + ". Nothing was saved; try again, or narrow the filter.");
        }
    }

    private void finished(String text) {
        stopPolling();
        bar.setVisible(false);
        cancel.setVisible(false);
        status.setText(text);
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    /** Nobody can download the file once the dialog is gone: stop the export and delete it. */
    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling();
        if (running != null) {
            running.discard();
        }
        super.onDetach(detachEvent);
    }
}
