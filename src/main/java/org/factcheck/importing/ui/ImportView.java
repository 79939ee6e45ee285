package org.factcheck.importing.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.factcheck.base.ui.FormBinder;
import org.factcheck.importing.ImportRefused;
import org.factcheck.importing.ImportRequest;
import org.factcheck.importing.ImportService;
import org.factcheck.importing.ImportedSource;
import org.factcheck.importing.NearDuplicate;
import org.factcheck.importing.NearDuplicateFound;
import org.factcheck.base.TextLimits;
import org.factcheck.source.DatePrecision;

/**
 * Imports a new source: its text pasted or uploaded as a .txt, .md or .html file, with its details.
 * What is wrong is said next to the field; a text nearly the same as an existing source's is shown
 * with a link to that source, and imported only if the reviewer says so. Then the review page.
 */
@Route("import")
@PageTitle("Import a source · Fact-check database")
@Menu(title = "Import", order = 1.2, icon = "vaadin:upload")
@PermitAll
class ImportView extends Main {

    private final ImportService imports;
    final UploadHandler uploadHandler;
    final Upload upload;
    final Span uploaded = new Span();
    final Span fileError = new Span();
    final TextArea text = new TextArea("Text");
    final TextField title = new TextField("Title");
    final TextField outlet = new TextField("Outlet or publisher");
    final TextField author = new TextField("Author");
    final DatePicker publishedOn = new DatePicker("Published on");
    final Select<DatePrecision> publishedPrecision = new Select<>();
    final TextField language = new TextField("Language");
    final TextField url = new TextField("Web address");
    final Div notice = new Div();
    final Button importButton = new Button("Import", VaadinIcon.UPLOAD.create());
    private byte[] fileBytes;
    private String fileName;

    ImportView(ImportService imports) {
        this.imports = imports;
        addClassName("import-view");
        long limitKb = imports.maxBytes() / 1024;
        UI ui = UI.getCurrent();
        uploadHandler = event -> {
            // Read as it streams, refused past the limit: the browser's own check is only a courtesy.
            try {
                byte[] bytes = imports.receiveUpload(event.getInputStream(), event.getFileName());
                ui.access(() -> fileReceived(event.getFileName(), bytes));
            } catch (ImportRefused tooLarge) {
                event.reject(tooLarge.getMessage());
                ui.access(() -> fileProblem(tooLarge.getMessage()));
            }
        };
        upload = new Upload(uploadHandler);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, imports.maxBytes()));
        upload.setAcceptedFileTypes(".txt", ".md", ".markdown", ".html", ".htm");
        upload.addFileRejectedListener(rejected -> fileProblem(rejected.getFileName() + ": " + rejected.getErrorMessage()
                + ". Import a .txt, .md or .html file of at most " + limitKb + " KB."));
        upload.addFileRemovedListener(removed -> clearFile());
        fileError.addClassName("field-error");
        uploaded.addClassName("uploaded-file");
        text.setWidthFull();
        text.setMinHeight("12em");
        text.setHelperText("Paste the document's text here, or upload its file above (UTF-8, at most " + limitKb
                + " KB; HTML and Markdown are reduced to their text).");
        title.setWidthFull();
        FormBinder.limit(title, TextLimits.TITLE);
        FormBinder.limit(outlet, TextLimits.NAME);
        FormBinder.limit(author, TextLimits.NAME);
        FormBinder.limit(url, TextLimits.URL);
        FormBinder.refuseFutureDates(publishedOn);
        title.setHelperText("As the outlet headlined it; an HTML page's own title if left empty.");
        publishedOn.setI18n(new DatePicker.DatePickerI18n().setBadInputErrorMessage(
                "Not a date: pick one in the calendar, or type it as 2021-07-26 (or leave it empty)."));
        publishedOn.setHelperText("If only the month or year is known, pick its first day");
        publishedPrecision.setLabel("Date known to the");
        publishedPrecision.setItems(DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR);
        publishedPrecision.setItemLabelGenerator(precision -> precision.name().toLowerCase(java.util.Locale.ROOT));
        publishedPrecision.setValue(DatePrecision.DAY);
        publishedPrecision.setWidth("9em");
        language.setValue("en");
        language.setHelperText("ISO 639 code: en, ar, fa…");
        language.setWidth("8em");
        url.setWidthFull();
        notice.addClassName("import-notice");
        notice.setVisible(false);
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(click -> importDocument(false));

        HorizontalLayout details = new HorizontalLayout(outlet, author, publishedOn, publishedPrecision, language);
        details.setWrap(true);
        details.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2("Import a source"), new Paragraph("Upload a .txt, .md or .html file, or paste the text; then the "
                + "sentences likely worth checking are proposed as claims for you to accept or dismiss."),
                new Div(upload, uploaded, fileError), text, title, details, url, notice, importButton);
    }

    /** An uploaded file waits for the Import button, so its details can be filled in first. */
    void fileReceived(String name, byte[] bytes) {
        fileName = name;
        fileBytes = bytes;
        fileError.setText("");
        uploaded.setText("Ready to import: " + name + " (" + (bytes.length + 1023) / 1024 + " KB). Remove it to paste "
                + "a text instead.");
        text.setVisible(false);
    }

    private void clearFile() {
        fileName = null;
        fileBytes = null;
        uploaded.setText("");
        text.setVisible(true);
    }

    private void fileProblem(String message) {
        fileError.setText(message);
    }

    void importDocument(boolean evenIfNearDuplicate) {
        if (publishedOn.isInvalid()) {
            // A typed date the picker could not read: said next to the field, never stored as "unknown".
            return;
        }
        clearProblems();
        ImportRequest request = new ImportRequest(fileBytes, fileName, fileBytes == null ? text.getValue() : null,
                title.getValue(), outlet.getValue(), author.getValue(), publishedOn.getValue(),
                publishedPrecision.getValue(), language.getValue(), url.getValue());
        try {
            ImportedSource imported = imports.importDocument(request, evenIfNearDuplicate);
            getUI().ifPresent(ui -> ui.navigate(ImportReviewView.class,
                    new RouteParameters("id", String.valueOf(imported.sourceId()))));
        } catch (ImportRefused refused) {
            showProblems(refused.problems());
            if (refused.existingSourceId() != null) {
                showNotice(new Span("This text is already in the database. "),
                        new Anchor("sources/" + refused.existingSourceId(), "Open the existing source"));
            }
        } catch (NearDuplicateFound found) {
            NearDuplicate alike = found.nearDuplicate();
            Button anyway = new Button("Import anyway", click -> importDocument(true));
            anyway.addThemeVariants(ButtonVariant.LUMO_ERROR);
            showNotice(new Span(found.getMessage() + " "), new Anchor("sources/" + alike.sourceId(),
                    "Open “" + alike.title() + "”"), new Span(" "), anyway);
        }
    }

    private void showProblems(Map<String, String> problems) {
        problems.forEach((field, problem) -> {
            switch (field) {
                case "file" -> fileProblem(problem);
                case "text" -> invalid(text, problem);
                case "title" -> invalid(title, problem);
                case "outlet" -> invalid(outlet, problem);
                case "author" -> invalid(author, problem);
                case "language" -> invalid(language, problem);
                case "url" -> invalid(url, problem);
                case "publishedOn" -> invalid(publishedOn, problem);
                default -> showNotice(new Span(problem));
            }
        });
    }

    private static void invalid(HasValidation field, String problem) {
        field.setErrorMessage(problem);
        field.setInvalid(true);
    }

    private void showNotice(com.vaadin.flow.component.Component... parts) {
        notice.removeAll();
        notice.add(parts);
        notice.setVisible(true);
    }

    private void clearProblems() {
        fileError.setText("");
        notice.removeAll();
        notice.setVisible(false);
        for (HasValidation field : new HasValidation[] {text, title, outlet, author, publishedOn, language, url}) {
            field.setInvalid(false);
        }
    }
}
