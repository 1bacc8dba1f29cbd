package io.planscreen.audit.internal;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Charts drawn on the server as inline SVG: no script, no style attribute (the page's CSP allows neither inline),
 * only classes the stylesheet colours. Every label is escaped; numbers are written with a dot whatever the locale.
 */
final class Svg {

    private Svg() {}

    /** A rate with its interval, e.g. a flag rate and its 95% Wilson interval. */
    record Rate(String label, int k, int n, double rate, double low, double high) {

        static Rate of(String label, int k, int n) {
            double[] interval = wilson(k, n, 1.959964);
            return new Rate(label, k, n, n == 0 ? 0 : (double) k / n, interval[0], interval[1]);
        }
    }

    /** One group's bars: a rate per series (null when the group has no data for that series). */
    record Group(String label, List<@Nullable Rate> rates) {}

    /** Wilson score interval of k successes in n trials at z; [0, 0] with no trials. */
    static double[] wilson(int k, int n, double z) {
        if (n == 0) {
            return new double[] {0, 0};
        }
        double p = (double) k / n;
        double z2 = z * z;
        double centre = (p + z2 / (2.0 * n)) / (1 + z2 / n);
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    /**
     * Horizontal bars, one row per group and one bar per series, each with its interval as a whisker; the value
     * and its count are written at the bar's end ("12.5% (3/24)").
     */
    static String bars(String title, List<String> series, List<Group> groups) {
        int label = 170;
        int scale = 380;
        int bar = 14;
        int rowHeight = series.size() * (bar + 4) + 10;
        int top = 24;
        int height = top + groups.size() * rowHeight + 26;
        int width = label + scale + 140;
        StringBuilder svg = open(width, height, title);
        for (int tick = 0; tick <= 4; tick++) {
            double x = label + scale * tick / 4.0;
            svg.append(line("grid", x, top - 6, x, height - 22));
            svg.append(text(x - 8, height - 8, (tick * 25) + "%"));
        }
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            double y = top + g * rowHeight;
            svg.append(text(0, y + bar, group.label()));
            for (int s = 0; s < group.rates().size(); s++) {
                Rate rate = group.rates().get(s);
                if (rate == null) {
                    continue;
                }
                double by = y + s * (bar + 4);
                svg.append("<rect class=\"bar")
                        .append(s == 0 ? "" : " alt")
                        .append("\" x=\"")
                        .append(label)
                        .append("\" y=\"")
                        .append(num(by))
                        .append("\" width=\"")
                        .append(num(Math.max(1, rate.rate() * scale)))
                        .append("\" height=\"")
                        .append(bar)
                        .append("\"><title>")
                        .append(escape(series.get(s) + ": " + percent(rate.rate()) + " [" + percent(rate.low()) + "–"
                                + percent(rate.high()) + "]"))
                        .append("</title></rect>");
                double mid = by + bar / 2.0;
                svg.append(line("interval", label + rate.low() * scale, mid, label + rate.high() * scale, mid));
                svg.append(line("interval", label + rate.low() * scale, mid - 4, label + rate.low() * scale, mid + 4));
                svg.append(
                        line("interval", label + rate.high() * scale, mid - 4, label + rate.high() * scale, mid + 4));
                svg.append(text(
                        label + Math.max(rate.rate(), rate.high()) * scale + 6,
                        by + bar - 2,
                        percent(rate.rate()) + " (" + rate.k() + "/" + rate.n() + ")"));
            }
        }
        return svg.append("</svg>").toString();
    }

    /**
     * A unit square plot (ROC space or a reliability diagram): the diagonal, each curve as a polyline, each
     * single point as a dot. Axis labels under and beside.
     */
    static String square(
            String title, String xLabel, String yLabel, List<List<double[]>> curves, List<double[]> points) {
        int size = 300;
        int left = 50;
        int top = 14;
        StringBuilder svg = open(left + size + 20, top + size + 50, title);
        for (int tick = 0; tick <= 4; tick++) {
            double v = tick / 4.0;
            svg.append(line("grid", left + v * size, top, left + v * size, top + size));
            svg.append(line("grid", left, top + size - v * size, left + size, top + size - v * size));
            svg.append(text(left + v * size - 8, top + size + 16, num(v)));
            svg.append(text(left - 34, top + size - v * size + 4, num(v)));
        }
        svg.append(line("axis", left, top + size, left + size, top + size));
        svg.append(line("axis", left, top, left, top + size));
        svg.append("<path class=\"diagonal\" d=\"M")
                .append(left)
                .append(' ')
                .append(top + size)
                .append(" L")
                .append(left + size)
                .append(' ')
                .append(top)
                .append("\"/>");
        for (int c = 0; c < curves.size(); c++) {
            StringBuilder d = new StringBuilder();
            for (double[] p : curves.get(c)) {
                d.append(d.isEmpty() ? "M" : " L")
                        .append(num(left + p[0] * size))
                        .append(' ')
                        .append(num(top + size - p[1] * size));
            }
            svg.append("<path class=\"curve")
                    .append(c == 0 ? "" : " alt")
                    .append("\" d=\"")
                    .append(d)
                    .append("\"/>");
        }
        for (double[] p : points) {
            svg.append("<circle class=\"point\" r=\"4\" cx=\"")
                    .append(num(left + p[0] * size))
                    .append("\" cy=\"")
                    .append(num(top + size - p[1] * size))
                    .append("\"/>");
        }
        svg.append(text(left + size / 2.0 - 40, top + size + 36, xLabel));
        svg.append("<text x=\"12\" y=\"")
                .append(top + size / 2 + 40)
                .append("\" transform=\"rotate(-90 12 ")
                .append(top + size / 2 + 40)
                .append(")\">")
                .append(escape(yLabel))
                .append("</text>");
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(int width, int height, String title) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" aria-label=\"")
                .append(escape(title))
                .append("\"><title>")
                .append(escape(title))
                .append("</title>");
    }

    private static String line(String css, double x1, double y1, double x2, double y2) {
        return "<line class=\"" + css + "\" x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\""
                + num(y2) + "\"/>";
    }

    private static String text(double x, double y, String value) {
        return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\">" + escape(value) + "</text>";
    }

    static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.2f", value).replaceAll("\\.?0+$", "");
    }

    static String escape(String value) {
        return value.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
