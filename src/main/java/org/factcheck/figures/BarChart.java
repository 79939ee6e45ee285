package org.factcheck.figures;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * A bar chart as server-rendered SVG: no script, no licence, the same markup in the desk's view and on the
 * public page. Accessible: the SVG is an image named by its {@code <title>} (and aria-label), each bar
 * carries its own {@code <title>} ("2026-W48: 3") and {@code data-label}/{@code data-value}, and every chart
 * stands beside a table with the same numbers. Labels are escaped; the numbers are the figures'.
 */
public final class BarChart {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 260;
    private static final int LEFT = 44;
    private static final int BOTTOM = 64;
    private static final int TOP = 20;

    private BarChart() {
    }

    /** The chart of these counts, named {@code title} ("Fact-checks published per week"). */
    public static String svg(String title, List<Figures.Count> bars) {
        long most = bars.stream().mapToLong(Figures.Count::count).max().orElse(0);
        long scale = Math.max(1, niceCeiling(most));
        long total = bars.stream().mapToLong(Figures.Count::count).sum();
        String name = title + ": " + total + " in all over " + bars.size() + (bars.size() == 1 ? " bar" : " bars")
                + (bars.isEmpty() ? "" : ", the most " + most);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" aria-label=\"").append(escape(name)).append("\">")
                .append("<title>").append(escape(name)).append("</title>");
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int plotWidth = WIDTH - LEFT - 8;
        // The axis: 0, half and the top of the scale.
        for (long tick : new long[] {0, scale / 2, scale}) {
            double y = TOP + plotHeight - (double) tick / scale * plotHeight;
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - 8).append("\" y1=\"").append(number(y))
                    .append("\" y2=\"").append(number(y)).append("\" stroke=\"#d0d5dd\" stroke-width=\"1\"/>")
                    .append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(number(y + 4))
                    .append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#555\">").append(tick).append("</text>");
        }
        double slot = bars.isEmpty() ? plotWidth : (double) plotWidth / bars.size();
        double barWidth = Math.max(1, slot * 0.7);
        // Every label when they fit, else every n-th, so they never overlap.
        int labelEvery = (int) Math.ceil(bars.size() / (plotWidth / 40.0));
        for (int i = 0; i < bars.size(); i++) {
            Figures.Count bar = bars.get(i);
            double height = (double) bar.count() / scale * plotHeight;
            double x = LEFT + i * slot + (slot - barWidth) / 2;
            double y = TOP + plotHeight - height;
            svg.append("<rect class=\"bar\" x=\"").append(number(x)).append("\" y=\"").append(number(y))
                    .append("\" width=\"").append(number(barWidth)).append("\" height=\"").append(number(height))
                    .append("\" fill=\"#1a5fb4\" data-label=\"").append(escape(bar.label())).append("\" data-value=\"")
                    .append(bar.count()).append("\"><title>").append(escape(bar.label())).append(": ").append(bar.count())
                    .append("</title></rect>");
            if (bar.count() > 0 && slot >= 18) {
                svg.append("<text x=\"").append(number(x + barWidth / 2)).append("\" y=\"").append(number(y - 4))
                        .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#222\" aria-hidden=\"true\">")
                        .append(bar.count()).append("</text>");
            }
            if (i % Math.max(1, labelEvery) == 0) {
                double labelX = x + barWidth / 2;
                double labelY = TOP + plotHeight + 12;
                svg.append("<text x=\"").append(number(labelX)).append("\" y=\"").append(number(labelY))
                        .append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#333\" aria-hidden=\"true\" transform=\"rotate(-40 ")
                        .append(number(labelX)).append(' ').append(number(labelY)).append(")\">").append(escape(bar.label()))
                        .append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** 1, 2, 5, 10, 20, 50 … at or above the number, for an axis a reader can read. */
    static long niceCeiling(long value) {
        long step = 1;
        while (true) {
            for (long factor : new long[] {1, 2, 5}) {
                if (step * factor >= value) {
                    return step * factor;
                }
            }
            step *= 10;
        }
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
