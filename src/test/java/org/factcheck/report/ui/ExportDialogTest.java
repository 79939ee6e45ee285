package org.factcheck.report.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.QueryParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factcheck.AppTest;
import org.factcheck.Desk;
import org.factcheck.report.ExportFormat;
import org.factcheck.report.ReportExports;
import org.factcheck.report.ReportScope;
import org.factcheck.report.RunningExport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@AppTest
@WithMockUser(username = "export-editor", roles = {"EDITOR", "REVIEWER"})
class ExportDialogTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext app;

    @Autowired
    DataSource dataSource;

    @Autowired
    ReportExports exports;

    Desk desk;

    @BeforeEach
    void desk() {
        desk = new Desk(app);
    }

    @Test
    void an_editor_exports_the_grids_filter_as_csv_and_gets_the_file() throws IOException {
        Desk.Case fact = desk.publish("Exported from the grid " + Desk.newMarker(), "Someone", "the quote", "False");
        claimsFilteredBySource(fact.sourceId());

        ExportDialog dialog = openExportDialog();
        test(dialog.format).selectItem(ExportFormat.CSV_PER_CLAIM.label());
        test(dialog.byteOrderMark).click();
        test(dialog.start).click();
        finish(dialog);

        assertThat(dialog.status.getText()).isEqualTo("1 of 1 claims exported.");
        assertThat(dialog.download.isVisible()).isTrue();
        assertThat(dialog.download.getText()).isEqualTo("Download fact-checks.csv");
        String csv = Files.readString(dialog.running.file().orElseThrow(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFclaimId,");
        assertThat(csv.lines()).hasSize(2);
        assertThat(csv).contains(fact.claimText());
    }

    @Test
    void a_claims_page_exports_that_claim_as_a_pdf() throws IOException {
        Desk.Case fact = desk.publish("Exported alone " + Desk.newMarker(), "Someone", "the quote", "True");
        navigate("claims/" + fact.claimId(), Main.class);

        ExportDialog dialog = openExportDialog();
        assertThat(dialog.format.getValue()).isEqualTo(ExportFormat.PDF);
        test(dialog.start).click();
        finish(dialog);

        assertThat(dialog.status.getText()).isEqualTo("1 of 1 claims exported.");
        assertThat(dialog.download.getText()).isEqualTo("Download fact-checks.pdf");
        try (PDDocument pdf = Loader.loadPDF(dialog.running.file().orElseThrow().toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(fact.claimText(), "The claim “" + fact.claimText() + "”");
        }
    }

    @Test
    void cancel_stops_a_running_export_and_offers_no_file() throws SQLException {
        Desk.Case fact = desk.publish("Cancelled export " + Desk.newMarker(), "Someone", "the quote", "False");
        claimsFilteredBySource(fact.sourceId());
        ExportDialog dialog = openExportDialog();

        // Hold the export at its first query until it has been cancelled.
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            blocker.createStatement().execute("lock table claim in access exclusive mode");
            test(dialog.start).click();
            assertThat(dialog.cancel.isVisible()).isTrue();
            test(dialog.cancel).click();
            blocker.rollback();
        }
        finish(dialog);

        assertThat(dialog.running.state()).isEqualTo(RunningExport.State.CANCELLED);
        assertThat(dialog.running.progress().claimsDone()).isZero();
        assertThat(dialog.status.getText()).startsWith("Export cancelled");
        assertThat(dialog.download.isVisible()).isFalse();
        assertThat(dialog.running.file()).isEmpty();
    }

    @Test
    @WithMockUser(username = "export-reviewer", roles = "REVIEWER")
    void reviewers_see_no_export_and_may_not_start_one() {
        navigate("claims", Main.class);

        assertThat(find(Button.class).withText("Export…").all()).allMatch(button -> !button.isVisible());
        assertThatThrownBy(() -> exports.start(ReportScope.everything(), ExportFormat.CSV_PER_CLAIM, false))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void claimsFilteredBySource(long sourceId) {
        navigate("claims", Main.class);
        UI.getCurrent().navigate("claims", QueryParameters.of("source", Long.toString(sourceId)));
    }

    private ExportDialog openExportDialog() {
        test(find(Button.class).withText("Export…").single()).click();
        return find(ExportDialog.class).single();
    }

    /** Polls as the browser does, until the export has finished one way or another. */
    private static void finish(ExportDialog dialog) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (dialog.running.state() == RunningExport.State.RUNNING && Instant.now().isBefore(deadline)) {
            poll();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        poll();
    }

    private static void poll() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }
}
