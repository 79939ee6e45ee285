package org.factcheck.source.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.jsoup.nodes.Entities;
import org.factcheck.source.TextHighlight;

/**
 * Renders a source text for reading: one paragraph per line, each with {@code dir="auto"} so that
 * Arabic or Persian paragraphs run right to left, and each carrying its start offset so a
 * selection can be turned into code-point offsets. Highlights (claim appearances, or whatever
 * another feature marks, such as known entity names) become links.
 * <p>
 * The whole text is one element whose HTML is built here, escaped, with one click listener for all its
 * highlights: a component per paragraph cost a 100,000-line source 39 s and about 1 GB of server memory
 * per open view (F-08); one element costs the text's size.
 */
public final class ReaderText {

    private static final String APPEARANCE = "appearance";
    private static final String ROUTE = "event.target.dataset.route";
    private static final String LISTENING = "reader-text-listening";

    private ReaderText() {
    }

    static void render(Div container, String text, List<TextHighlight> highlights) {
        render(container, text, highlights, APPEARANCE);
    }

    /** Renders the text with its highlights marked by the CSS class, each opening its route when clicked. */
    public static void render(Div container, String text, List<TextHighlight> highlights, String markClass) {
        List<TextHighlight> byStart = highlights.stream().sorted(Comparator.comparingInt(TextHighlight::start)).toList();
        int[] codePoints = text.codePoints().toArray();
        StringBuilder html = new StringBuilder(text.length() + text.length() / 4);
        int paragraphStart = 0;
        for (int i = 0; i <= codePoints.length; i++) {
            if (i == codePoints.length || codePoints[i] == '\n') {
                if (i > paragraphStart) {
                    paragraph(html, codePoints, paragraphStart, i, byStart, markClass);
                }
                paragraphStart = i + 1;
            }
        }
        container.getElement().setProperty("innerHTML", html.toString());
        if (ComponentUtil.getData(container, LISTENING) == null) {
            ComponentUtil.setData(container, LISTENING, Boolean.TRUE);
            container.getElement().addEventListener("click", click -> {
                String route = click.getEventData().path(ROUTE).asString("");
                if (!route.isEmpty()) {
                    container.getUI().ifPresent(ui -> ui.navigate(route));
                }
            }).addEventData(ROUTE);
        }
    }

    private static void paragraph(StringBuilder html, int[] codePoints, int start, int end, List<TextHighlight> highlights,
            String markClass) {
        html.append("<p dir=\"auto\" data-start=\"").append(start).append("\">");
        // Cut the paragraph wherever a highlight starts or ends, then mark each piece by what covers it.
        List<TextHighlight> here = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(start, end));
        for (TextHighlight highlight : highlights) {
            if (highlight.start() >= end) {
                break; // sorted by start: none later overlaps
            }
            if (highlight.end() > start) {
                here.add(highlight);
                cuts.add(Math.max(start, highlight.start()));
                cuts.add(Math.min(end, highlight.end()));
            }
        }
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            String piece = escaped(new String(codePoints, from, to - from));
            TextHighlight covering = covering(here, from, to);
            if (covering == null) {
                html.append(piece);
            } else {
                html.append("<span class=\"").append(escaped(markClass)).append("\" title=\"").append(escaped(covering.title()))
                        .append("\" data-route=\"").append(escaped(covering.route())).append('"');
                if (from == covering.start()) {
                    html.append(" id=\"").append(escaped(markClass + "-" + covering.id())).append('"');
                }
                html.append('>').append(piece).append("</span>");
            }
        }
        html.append("</p>");
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

    /** Text as HTML text or attribute value: the reader shows what the source says, never markup. */
    private static String escaped(String text) {
        return Entities.escape(text);
    }
}
