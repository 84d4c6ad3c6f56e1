package org.concert.chart;

import java.awt.BasicStroke;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeSet;

import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.kb.KnowledgeBase;
import org.concert.kb.Memberships;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * Member counts over time, one step line per organization, from the dated membership records (full members and
 * participating States, as in the seed's table): the count changes exactly on the days a membership begins or ends.
 *
 * @since 0.2.0
 */
public final class MemberCountChart implements Chart {

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
     * The member counts of {@code acronyms} from {@code from} (null: the first membership day of any of them) to
     * {@code to} (null: today); {@link ErrorCode#UNKNOWN_ENTITY} for an acronym the knowledge base does not know,
     * {@link ErrorCode#INVALID_DATE} for an empty range.
     */
    public static MemberCountChart of(KnowledgeBase kb, List<String> acronyms, LocalDate from, LocalDate to) {
        if (acronyms.isEmpty()) {
            throw new ConcertException(ErrorCode.USAGE, "give at least one organization's acronym");
        }
        Memberships.requireOrganizations(kb, acronyms);
        Map<String, List<Memberships.Record>> periods = new LinkedHashMap<>();
        acronyms.forEach(a -> periods.put(a, new ArrayList<>()));
        for (Memberships.Record r : Memberships.of(kb)) {
            if (r.counted() && periods.containsKey(r.acronym())) {
                periods.get(r.acronym()).add(r);
            }
        }
        LocalDate first = from != null ? from : periods.values().stream().flatMap(List::stream)
                .map(Memberships.Record::begin).min(Comparator.naturalOrder()).orElse(kb.asOf());
        LocalDate last = to != null ? to : LocalDate.now(ZoneOffset.UTC);
        Memberships.requireRange(first, last);
        return new MemberCountChart(steps(periods, first, last), first, last, ChartStyle.sourceLine(kb.asOf(),
                "full members and participating States, from the dated membership records"));
    }

    private static Map<String, List<Step>> steps(Map<String, List<Memberships.Record>> periods, LocalDate from, LocalDate to) {
        Map<String, List<Step>> counts = new LinkedHashMap<>();
        periods.forEach((acronym, list) -> {
            TreeSet<LocalDate> days = new TreeSet<>(List.of(from));
            for (Memberships.Record r : list) {
                for (LocalDate d : new LocalDate[] {r.begin(), r.end()}) {
                    if (d != null && d.isAfter(from) && !d.isAfter(to)) {
                        days.add(d);
                    }
                }
            }
            List<Step> steps = new ArrayList<>();
            for (LocalDate day : days) {
                int n = (int) list.stream().filter(r -> r.holdsOn(day)).count();
                if (steps.isEmpty() || steps.get(steps.size() - 1).members() != n) {
                    steps.add(new Step(day, n));
                }
            }
            counts.put(acronym, List.copyOf(steps));
        });
        return counts;
    }

    /** The step lines, by acronym in the order asked. */
    public Map<String, List<Step>> counts() {
        return counts;
    }

    @Override
    public int height(int width) {
        return Math.max(400, width * 3 / 5);
    }

    @Override
    public JFreeChart chart() {
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
        time.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        NumberAxis members = new NumberAxis("Members");
        members.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYStepRenderer renderer = new XYStepRenderer();
        for (int i = 0; i < counts.size(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.PALETTE.get(i % ChartStyle.PALETTE.size()));
            renderer.setSeriesStroke(i, new BasicStroke(2.0f));
        }
        XYPlot plot = new XYPlot(data, time, members, renderer);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        return ChartStyle.frame("Member counts, " + from + " to " + to, plot, source);
    }

    private static Day day(LocalDate d) {
        return new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
