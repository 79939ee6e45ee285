package org.factcheck.search.ui;

import org.factcheck.search.SearchHit;

/**
 * Turns a search snippet into HTML safely: everything the texts contain is escaped first, then only
 * the search's own markers become {@code <mark>}, so a source's text can never inject markup.
 */
final class Snippets {

    private Snippets() {
    }

    static String toHtml(String snippet) {
        StringBuilder html = new StringBuilder("<span>");
        boolean open = false;
        String text = snippet == null ? "" : snippet;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> {
                    if (SearchHit.MARK_START.charAt(0) == c && !open) {
                        html.append("<mark>");
                        open = true;
                    } else if (SearchHit.MARK_END.charAt(0) == c && open) {
                        html.append("</mark>");
                        open = false;
                    } else if (SearchHit.MARK_START.charAt(0) != c && SearchHit.MARK_END.charAt(0) != c) {
                        html.append(c);
                    }
                }
            }
        }
        if (open) {
            html.append("</mark>");
        }
        return html.append("</span>").toString();
    }
}
