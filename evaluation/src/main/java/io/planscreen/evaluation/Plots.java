package io.planscreen.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** PNG plots of the report (XChart, headless). */
final class Plots {

    private Plots() {}

    static void curve(
            Path file,
            String title,
            String xTitle,
            String yTitle,
            List<String> names,
            List<double[][]> curves,
            boolean diagonal)
            throws IOException {
        XYChart chart = new XYChartBuilder()
                .width(640)
                .height(480)
                .title(title)
                .xAxisTitle(xTitle)
                .yAxisTitle(yTitle)
                .build();
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
        for (int i = 0; i < names.size(); i++) {
            double[][] c = curves.get(i);
            if (c[0].length > 0) {
                chart.addSeries(names.get(i), c[0], c[1]).setMarker(SeriesMarkers.NONE);
            }
        }
        if (diagonal) {
            chart.addSeries("chance", new double[] {0, 1}, new double[] {0, 1}).setMarker(SeriesMarkers.NONE);
        }
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    static void bars(
            Path file,
            String title,
            String yTitle,
            List<String> categories,
            List<String> series,
            List<List<Double>> values)
            throws IOException {
        CategoryChart chart = new CategoryChartBuilder()
                .width(900)
                .height(480)
                .title(title)
                .yAxisTitle(yTitle)
                .build();
        chart.getStyler().setXAxisLabelRotation(45);
        for (int i = 0; i < series.size(); i++) {
            chart.addSeries(
                    series.get(i),
                    categories,
                    values.get(i).stream().map(v -> Double.isNaN(v) ? 0.0 : v).toList());
        }
        if (!categories.isEmpty()) {
            BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
        }
    }
}
