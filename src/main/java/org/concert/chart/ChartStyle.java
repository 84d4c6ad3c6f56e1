package org.concert.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/** What every Concert chart shares: Okabe and Ito's colour-blind-safe palette, white ground, and the source line. */
final class ChartStyle {
    /** Okabe and Ito's palette, safe for the common forms of colour blindness. */
    static final List<Color> PALETTE = List.of(new Color(0x000000), new Color(0xE69F00), new Color(0x56B4E9),
            new Color(0x009E73), new Color(0xF0E442), new Color(0x0072B2), new Color(0xD55E00), new Color(0xCC79A7));

    /** One colour per membership status, and one for the reasoner's conclusions: all eight of Okabe and Ito's. */
    static final Map<String, Color> STATUS_COLOURS = Map.of(
            "full member", PALETTE.get(5),
            "permanent member", PALETTE.get(0),
            "participating State", PALETTE.get(2),
            "associate member", PALETTE.get(3),
            "observer", PALETTE.get(4),
            "partner", PALETTE.get(1),
            "suspended member", PALETTE.get(6));

    /** The legend entry and colour of the periods HermiT concluded (inferred classes, derived links). */
    static final String INFERRED = "inferred by the reasoner";
    static final Color INFERRED_COLOUR = PALETTE.get(7);

    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Color GRID = new Color(0xDDDDDD);

    private ChartStyle() {
    }

    /** "Concert VERSION, data as of DATE; {@code what}". */
    static String sourceLine(LocalDate asOf, String what) {
        String version = ChartStyle.class.getPackage().getImplementationVersion();
        return "Concert " + (version == null ? "(development build)" : version) + ", data as of " + asOf + "; " + what;
    }

    /** The chart around {@code plot}: title, legend, white ground and the source line at the bottom right. */
    static JFreeChart frame(String title, Plot plot, String source) {
        plot.setBackgroundPaint(Color.WHITE);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setElementHinting(true);
        TextTitle sourceLine = new TextTitle(source, new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        sourceLine.setPosition(RectangleEdge.BOTTOM);
        sourceLine.setHorizontalAlignment(HorizontalAlignment.RIGHT);
        chart.addSubtitle(sourceLine);
        return chart;
    }

    /**
     * A plot of rectangles, one series per category (a membership status or {@link #INFERRED}) coloured by it, each
     * item drawn from its x interval and y interval: the rows of the timeline and the cells of the matrix.
     */
    static XYPlot intervalPlot(Map<String, XYIntervalSeries> byCategory, ValueAxis domain, ValueAxis range) {
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        byCategory.values().forEach(data::addSeries);
        XYBarRenderer renderer = new XYBarRenderer() {
            @Override
            public XYItemRendererState initialise(Graphics2D g2, Rectangle2D area, XYPlot plot, XYDataset dataset,
                                                  PlotRenderingInfo info) {
                // JFreeChart 1.5 turns item hints on for category renderers only: turned on here, each rectangle
                // becomes an SVG group naming its series and item, which tests and the endpoint page count.
                XYItemRendererState state = super.initialise(g2, area, plot, dataset, info);
                state.setElementHinting(true);
                return state;
            }
        };
        renderer.setUseYInterval(true);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        int i = 0;
        for (String category : byCategory.keySet()) {
            renderer.setSeriesPaint(i++, category.equals(INFERRED) ? INFERRED_COLOUR : STATUS_COLOURS.getOrDefault(category, Color.GRAY));
        }
        XYPlot plot = new XYPlot(data, domain, range, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(GRID);
        return plot;
    }

    /** A row or column axis naming each of {@code symbols}, the first at the top or left, with room around them. */
    static SymbolAxis symbolAxis(List<String> symbols) {
        SymbolAxis axis = new SymbolAxis(null, symbols.toArray(String[]::new));
        axis.setTickLabelFont(LABEL_FONT);
        axis.setRange(-0.6, symbols.size() - 0.4);
        axis.setGridBandsVisible(false);
        return axis;
    }

    /** Milliseconds at the start of {@code day} in UTC, the time axis' unit. */
    static double millis(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
