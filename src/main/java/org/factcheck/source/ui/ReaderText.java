package org.factcheck.source.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.TreeSet;
import org.factcheck.source.TextHighlight;

/**
 * Renders a source text for reading: one paragraph per line, each with {@code dir="auto"} so that
 * Arabic or Persian paragraphs run right to left, and each carrying its start offset so a
 * selection can be turned into code-point offsets. Highlights (claim appearances, or whatever
 * another feature marks, such as known entity names) become links.
 */
public final class ReaderText {

    private static final String APPEARANCE = "appearance";

    private ReaderText() {
    }

    static void render(Div container, String text, List<TextHighlight> highlights) {
        render(container, text, highlights, APPEARANCE);
    }

    /** Renders the text with its highlights marked by the CSS class, each opening its route when clicked. */
    public static void render(Div container, String text, List<TextHighlight> highlights, String markClass) {
        int[] codePoints = text.codePoints().toArray();
        int paragraphStart = 0;
        for (int i = 0; i <= codePoints.length; i++) {
            if (i == codePoints.length || codePoints[i] == '\n') {
                if (i > paragraphStart) {
                    container.add(paragraph(codePoints, paragraphStart, i, highlights, markClass));
                }
                paragraphStart = i + 1;
            }
        }
    }

    private static Paragraph paragraph(int[] codePoints, int start, int end, List<TextHighlight> highlights,
            String markClass) {
        Paragraph paragraph = new Paragraph();
        paragraph.getElement().setAttribute("dir", "auto");
        paragraph.getElement().setAttribute("data-start", String.valueOf(start));
        // Cut the paragraph wherever a highlight starts or ends, then mark each piece by what covers it.
        TreeSet<Integer> cuts = new TreeSet<>(List.of(start, end));
        for (TextHighlight highlight : highlights) {
            if (highlight.start() < end && highlight.end() > start) {
                cuts.add(Math.max(start, highlight.start()));
                cuts.add(Math.min(end, highlight.end()));
            }
        }
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            String piece = new String(codePoints, from, to - from);
            TextHighlight covering = covering(highlights, from, to);
            if (covering == null) {
                paragraph.add(new Text(piece));
            } else {
                paragraph.add(mark(piece, covering, from == covering.start(), markClass));
            }
        }
        return paragraph;
    }

    /** The innermost (latest starting) appearance covering the piece, if any. */
    private static TextHighlight covering(List<TextHighlight> highlights, int from, int to) {
        TextHighlight found = null;
        for (TextHighlight highlight : highlights) {
            if (highlight.start() <= from && highlight.end() >= to && (found == null || highlight.start() >= found.start())) {
                found = highlight;
            }
        }
        return found;
    }

    private static Span mark(String piece, TextHighlight highlight, boolean first, String markClass) {
        Span mark = new Span(piece);
        mark.addClassName(markClass);
        mark.getElement().setAttribute("title", highlight.title());
        mark.getElement().setAttribute("data-route", highlight.route());
        if (first) {
            mark.setId(markClass + "-" + highlight.id());
        }
        mark.addClickListener(click -> mark.getUI().ifPresent(ui -> ui.navigate(highlight.route())));
        return mark;
    }
}
