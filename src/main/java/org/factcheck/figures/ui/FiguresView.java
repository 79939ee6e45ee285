package org.factcheck.figures.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.factcheck.base.Refusal;
import org.factcheck.base.ui.Labels;
import org.factcheck.claim.Overdue;
import org.factcheck.figures.BarChart;
import org.factcheck.figures.Figures;
import org.factcheck.figures.FiguresService;
import org.factcheck.figures.Grouping;
import org.factcheck.figures.Period;
import org.springframework.web.util.HtmlUtils;

/**
 * The desk's figures for a period an editor chooses (from, to, by week or month): each chart drawn on the
 * server as SVG, with a table of the same numbers beneath it, and the whole as CSV.
 */
@Route("figures")
@PageTitle("Figures · Fact-check database")
@Menu(title = "Figures", order = 4, icon = "vaadin:chart")
@RolesAllowed("EDITOR")
class FiguresView extends Main {

    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Select<Grouping> grouping = new Select<>();
    final Anchor csv = new Anchor();
    private final Div shown = new Div();
    private final FiguresService figures;

    FiguresView(FiguresService figures) {
        this.figures = figures;
        addClassName("figures-view");
        Period first = Period.lastYear(Overdue.today());
        from.setValue(first.from());
        to.setValue(first.to());
        grouping.setLabel("By");
        grouping.setItems(Grouping.values());
        grouping.setItemLabelGenerator(Labels::of);
        grouping.setValue(first.grouping());
        csv.setText("Download CSV");
        csv.addClassName("figures-csv");
        HorizontalLayout chooser = new HorizontalLayout(from, to, grouping, csv);
        chooser.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        chooser.setWrap(true);
        from.addValueChangeListener(change -> show());
        to.addValueChangeListener(change -> show());
        grouping.addValueChangeListener(change -> show());
        add(new H2("Figures"), new Paragraph("Days in UTC, both ends included. A fact-check counts in the period it was "
                + "first published; a time, in the period its draft was started or it was published."), chooser, shown);
        show();
    }

    private void show() {
        shown.removeAll();
        from.setInvalid(false);
        Optional<Period> chosen = period();
        if (chosen.isEmpty()) {
            csv.setEnabled(false);
            return;
        }
        Period period = chosen.get();
        Figures numbers = figures.figures(period);
        csv.setEnabled(true);
        csv.setHref(DownloadHandler.fromInputStream(event -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try {
                figures.writeCsv(period, out);
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(out.toByteArray()),
                    "figures-" + period.from() + "-" + period.to() + ".csv", "text/csv; charset=utf-8", out.size());
        }), AttachmentType.DOWNLOAD);
        String per = period.grouping() == Grouping.WEEK ? "week" : "month";
        shown.add(section("published", "Fact-checks published per " + per, numbers.publishedPerGroup(), Labels.of(period.grouping())),
                section("ratings", "Ratings of the fact-checks published", numbers.ratings(), "Rating"),
                durations("times", "How long claims wait (hours)", numbers.times(), "From a claim's entry"),
                durations("amendments", "Corrections and retractions (turnaround in hours from first publication)",
                        numbers.amendments(), "Published in the period"),
                reviewers(numbers.reviewers()),
                checkWorthy(numbers.checkWorthyOpen()));
    }

    private Optional<Period> period() {
        try {
            return Optional.of(new Period(from.getValue(), to.getValue(), grouping.getValue()));
        } catch (Refusal refusal) {
            from.setErrorMessage(refusal.getMessage());
            from.setInvalid(true);
            return Optional.empty();
        }
    }

    private static Div section(String name, String title, List<Figures.Count> counts, String itemHeader) {
        List<List<String>> rows = counts.stream().map(count -> List.of(count.label(), String.valueOf(count.count()))).toList();
        // A year of weeks is a long table: folded under the chart, open for reading or copying.
        Html table = table(title, List.of(itemHeader, "Fact-checks"), rows, rows.size() > 12);
        Div section = new Div(new H3(title), new Svg(BarChart.svg(title, counts)), table);
        section.addClassName("figure");
        section.setId("figure-" + name);
        return section;
    }

    private static Div durations(String name, String title, List<Figures.Duration> durations, String itemHeader) {
        Function<Figures.Duration, List<String>> row = duration -> List.of(duration.label(), String.valueOf(duration.count()),
                FiguresService.hours(duration.medianHours()), FiguresService.hours(duration.p90Hours()));
        Div section = new Div(new H3(title), table(title, List.of(itemHeader, "Count", "Median", "90th percentile"),
                durations.stream().map(row).toList()));
        section.addClassName("figure");
        section.setId("figure-" + name);
        return section;
    }

    private static Div reviewers(List<Figures.ReviewerWork> work) {
        String title = "Each reviewer's work";
        List<List<String>> rows = new ArrayList<>();
        work.forEach(one -> rows.add(List.of(one.reviewer(), String.valueOf(one.open()), String.valueOf(one.overdue()),
                String.valueOf(one.writtenPublished()), String.valueOf(one.publishedAsEditor()))));
        Div section = new Div(new H3(title), table(title, List.of("Reviewer", "Open now", "Overdue now",
                "Written, published in the period", "Published as editor in the period"), rows));
        section.addClassName("figure");
        section.setId("figure-reviewers");
        return section;
    }

    private static Div checkWorthy(Figures.CheckWorthyOpen open) {
        String title = "Check-worthy claims still open";
        Div section = new Div(new H3(title), table(title, List.of("Claims", "Count"), List.of(
                List.of("Open now", String.valueOf(open.now())),
                List.of("Entered in the period, still open", String.valueOf(open.enteredInPeriod())))));
        section.addClassName("figure");
        section.setId("figure-check-worthy");
        return section;
    }

    /** A plain table: the numbers a chart draws, for reading, copying and screen readers. */
    private static Html table(String caption, List<String> headers, List<List<String>> rows) {
        return table(caption, headers, rows, false);
    }

    /** The table, inside a closed {@code <details>} ("The numbers") when {@code folded}. */
    private static Html table(String caption, List<String> headers, List<List<String>> rows, boolean folded) {
        StringBuilder html = new StringBuilder(folded ? "<details><summary>The numbers</summary>" : "")
                .append("<table class=\"figure-table\"><caption>").append(HtmlUtils.htmlEscape(caption))
                .append("</caption><thead><tr>");
        headers.forEach(header -> html.append("<th scope=\"col\">").append(HtmlUtils.htmlEscape(header)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                html.append(i == 0 ? "<th scope=\"row\">" : "<td>").append(HtmlUtils.htmlEscape(row.get(i))).append(i == 0 ? "</th>" : "</td>");
            }
            html.append("</tr>");
        }
        return new Html(html.append("</tbody></table>").append(folded ? "</details>" : "").toString());
    }
}
