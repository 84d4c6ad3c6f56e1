package org.concert.chart;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * A picture of the data, written as SVG (with JFreeSVG) or PNG. Every chart has a title, axis labels, a legend and
 * a source line naming Concert's version and the date of the data it shows.
 *
 * @since 0.2.0
 */
public sealed interface Chart permits MemberCountChart, MembershipTimelineChart, MembershipMatrixChart {

    /** The width in pixels at which every label stays readable: 1,000 unless the chart needs more. */
    default int width() {
        return 1000;
    }

    /** The height in pixels at which every row of the chart stays readable when drawn {@code width} pixels wide. */
    int height(int width);

    /** The chart as an SVG document, {@code width} by {@code height} pixels. */
    default String svg(int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart().draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGDocument();
    }

    /** The chart as PNG, {@code width} by {@code height} pixels. */
    default void png(OutputStream out, int width, int height) throws IOException {
        ChartUtils.writeChartAsPNG(out, chart(), width, height);
    }

    /** The JFreeChart drawing, for callers who lay it out themselves (in a Swing panel, a PDF). */
    JFreeChart chart();
}
