package org.concert.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeSet;

import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.kb.KnowledgeBase;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * Member counts over time, one step line per organization, from the dated membership records (full members and
 * participating States, as in the seed's table): the count changes exactly on the days a membership begins or ends.
 * Drawn with JFreeChart, with a title, axis labels, a legend, a colour-blind-safe palette (Okabe and Ito) and a source
 * line naming Concert's version and the data's date; written as SVG or PNG.
 *
 * @since 0.2.0
 */
public final class MemberCountChart {
    /** Okabe and Ito's palette, safe for the common forms of colour blindness (black first for the first series). */
    private static final Color[] PALETTE = {new Color(0x000000), new Color(0xE69F00), new Color(0x56B4E9),
            new Color(0x009E73), new Color(0xF0E442), new Color(0x0072B2), new Color(0xD55E00), new Color(0xCC79A7)};

    /** One point of a step line: from {@code day} on, {@code members} members. */
    public record Step(LocalDate day, int members) {
    }

    private final Map<String, List<Step>> counts;
    private final LocalDate from;
    private final LocalDate to;
    private final String source;

    private MemberCountChart(Map<String, List<Step>> counts, LocalDate from, LocalDate to, String source) {
        this.counts = counts;
        this.from = from;
        this.to = to;
        this.source = source;
    }

    /**
     * The member counts of {@code acronyms} from {@code from} to {@code to}; {@link ErrorCode#UNKNOWN_ENTITY} for an
     * acronym the knowledge base does not know, {@link ErrorCode#INVALID_DATE} for an empty range.
     */
    public static MemberCountChart of(KnowledgeBase kb, List<String> acronyms, LocalDate from, LocalDate to) {
        if (acronyms.isEmpty() || to.isBefore(from)) {
            throw new ConcertException(ErrorCode.INVALID_DATE, "give at least one organization and a range whose end ("
                    + to + ") is not before its beginning (" + from + ")");
        }
        Map<String, List<LocalDate[]>> periods = new LinkedHashMap<>();
        acronyms.forEach(a -> periods.put(a, new ArrayList<>()));
        List<Map<String, String>> known = kb.select("PREFIX concert: <https://w3id.org/concert/ontology#> "
                + "SELECT ?acronym WHERE { ?o concert:acronym ?acronym }").rows();
        for (String a : acronyms) {
            if (known.stream().noneMatch(r -> r.get("acronym").equals(a))) {
                throw new ConcertException(ErrorCode.UNKNOWN_ENTITY, "no organization with the acronym '" + a + "'", a, -1, -1, null);
            }
        }
        for (Map<String, String> row : kb.select("""
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX time: <http://www.w3.org/2006/time#>
                PREFIX concert: <https://w3id.org/concert/ontology#>
                SELECT ?acronym ?begin ?end WHERE {
                  ?m org:organization ?o ; org:role ?role ; org:memberDuring ?i .
                  VALUES ?role { concert:FullMember concert:ParticipatingState }
                  ?o concert:acronym ?acronym .
                  ?i time:hasBeginning/time:inXSDDateTimeStamp ?begin .
                  OPTIONAL { ?i time:hasEnd/time:inXSDDateTimeStamp ?end } }""").rows()) {
            List<LocalDate[]> list = periods.get(row.get("acronym"));
            if (list != null) {
                list.add(new LocalDate[] {LocalDate.parse(row.get("begin").substring(0, 10)),
                        row.get("end") == null ? null : LocalDate.parse(row.get("end").substring(0, 10))});
            }
        }
        Map<String, List<Step>> counts = new LinkedHashMap<>();
        periods.forEach((acronym, list) -> {
            TreeSet<LocalDate> days = new TreeSet<>(List.of(from));
            for (LocalDate[] p : list) {
                for (LocalDate d : p) {
                    if (d != null && d.isAfter(from) && !d.isAfter(to)) {
                        days.add(d);
                    }
                }
            }
            List<Step> steps = new ArrayList<>();
            for (LocalDate day : days) {
                int n = (int) list.stream().filter(p -> !day.isBefore(p[0]) && (p[1] == null || day.isBefore(p[1]))).count();
                if (steps.isEmpty() || steps.get(steps.size() - 1).members() != n) {
                    steps.add(new Step(day, n));
                }
            }
            counts.put(acronym, List.copyOf(steps));
        });
        String version = MemberCountChart.class.getPackage().getImplementationVersion();
        return new MemberCountChart(counts, from, to, "Concert " + (version == null ? "(development build)" : version)
                + ", data as of " + kb.asOf() + "; full members and participating States, from the dated membership records");
    }

    /** The step lines, by acronym in the order asked. */
    public Map<String, List<Step>> counts() {
        return counts;
    }

    /** The chart as an SVG document, {@code width} by {@code height} pixels. */
    public String svg(int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart().draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGDocument();
    }

    /** The chart as PNG, {@code width} by {@code height} pixels. */
    public void png(OutputStream out, int width, int height) throws IOException {
        ChartUtils.writeChartAsPNG(out, chart(), width, height);
    }

    private JFreeChart chart() {
        TimeSeriesCollection data = new TimeSeriesCollection(TimeZone.getTimeZone(ZoneOffset.UTC));
        counts.forEach((acronym, steps) -> {
            TimeSeries series = new TimeSeries(acronym);
            for (Step s : steps) {
                series.addOrUpdate(day(s.day()), s.members());
            }
            series.addOrUpdate(day(to), steps.get(steps.size() - 1).members());
            data.addSeries(series);
        });
        DateAxis time = new DateAxis("Date");
        NumberAxis members = new NumberAxis("Members");
        members.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYStepRenderer renderer = new XYStepRenderer();
        for (int i = 0; i < counts.size(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2.0f));
        }
        XYPlot plot = new XYPlot(data, time, members, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        JFreeChart chart = new JFreeChart("Member counts, " + from + " to " + to, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        TextTitle sourceLine = new TextTitle(source, new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        sourceLine.setPosition(RectangleEdge.BOTTOM);
        sourceLine.setHorizontalAlignment(HorizontalAlignment.RIGHT);
        chart.addSubtitle(sourceLine);
        return chart;
    }

    private static Day day(LocalDate d) {
        return new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
