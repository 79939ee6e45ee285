package org.factcheck.base.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;

/**
 * A due date as the desk's lists show it: the day, and an "Overdue" badge beside it when the claim is
 * overdue (the claim module decides that), so the grid, My work and the dashboard mark it alike.
 */
public final class DueDateMark {

    public static final String OVERDUE = "Overdue";

    private DueDateMark() {
    }

    public static Span of(LocalDate dueDate, boolean overdue) {
        Span mark = new Span(dueDate == null ? "" : dueDate.toString());
        mark.addClassName("due-date");
        if (overdue) {
            Span badge = new Span(OVERDUE);
            badge.getElement().setAttribute("theme", "badge error small");
            badge.addClassName("overdue");
            mark.add(new Text(" "), badge);
            mark.getElement().setAttribute("title", "Overdue: was due " + dueDate);
        }
        return mark;
    }
}
