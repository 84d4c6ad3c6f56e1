package org.concert.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.claims.Claims;
import org.concert.kb.KnowledgeBase;
import org.concert.kb.Memberships;
import org.concert.kb.Timeline;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;

/**
 * The membership timeline of one organization (a row per member) or one state (a row per organization): a bar for
 * each membership period, coloured by status (full member, participating State, associate, observer, partner,
 * suspended), and under them a row for each class HermiT inferred for the organization, or each link it derived for
 * the state ({@code protectedBy}), with a bar for each period it held. The seed's table date and today are marked.
 *
 * @since 0.2.0
 */
public final class MembershipTimelineChart implements Chart {
    private static final int ROW_PIXELS = 16;
    private static final String CONCERT_NS = "https://w3id.org/concert/ontology#";

    /**
     * One bar.
     *
     * @param row      the row's index, from the top
     * @param category the membership status, or {@value ChartStyle#INFERRED}
     * @param begin    the first day drawn
     * @param end      the first day it no longer held, or null while it holds
     */
    public record Bar(int row, String category, LocalDate begin, LocalDate end) {
    }

    private final String title;
    private final List<String> rows;
    private final int memberRows;
    private final List<Bar> bars;
    private final LocalDate from;
    private final LocalDate to;
    private final String source;

    private MembershipTimelineChart(String title, List<String> rows, int memberRows, List<Bar> bars, LocalDate from,
                                    LocalDate to, String source) {
        this.title = title;
        this.rows = List.copyOf(rows);
        this.memberRows = memberRows;
        this.bars = List.copyOf(bars);
        this.from = from;
        this.to = to;
        this.source = source;
    }

    /**
     * The timeline of {@code entity} (an organization's acronym or a state's ISO 3166 alpha-3 code) from {@code from}
     * (null: its first membership day) to {@code to} (null: today), the membership periods from {@code kb}'s data and
     * the inferred periods from {@code timeline} (null: none drawn, and the source line says they were not computed).
     * {@link ErrorCode#UNKNOWN_ENTITY} when no membership record names the entity.
     */
    public static MembershipTimelineChart of(KnowledgeBase kb, Timeline timeline, String entity, LocalDate from, LocalDate to) {
        List<Memberships.Record> all = Memberships.of(kb);
        boolean organization = all.stream().anyMatch(r -> r.acronym().equals(entity));
        List<Memberships.Record> records = all.stream()
                .filter(r -> organization ? r.acronym().equals(entity) : r.state().equals(entity)).toList();
        if (records.isEmpty()) {
            throw new ConcertException(ErrorCode.UNKNOWN_ENTITY, "no membership record names '" + entity
                    + "' as an organization's acronym or a state's ISO 3166 alpha-3 code", entity, -1, -1, null);
        }
        LocalDate first = from != null ? from : records.stream().map(Memberships.Record::begin).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = to != null ? to : LocalDate.now(ZoneOffset.UTC);
        Memberships.requireRange(first, last);

        Map<String, Integer> rowOf = new LinkedHashMap<>();
        List<Bar> bars = new ArrayList<>();
        for (Memberships.Record r : records) {
            if (r.overlaps(first, last)) {
                int row = rowOf.computeIfAbsent(organization ? r.name() : r.acronym(), k -> rowOf.size());
                bars.add(new Bar(row, r.status(), r.begin().isBefore(first) ? first : r.begin(), r.end()));
            }
        }
        int memberRows = rowOf.size();
        Names names = Names.of(kb);
        String iri = names.iri(entity);
        for (Timeline.Period p : timeline == null ? List.<Timeline.Period>of() : timeline.periods()) {
            if (p.entity().equals(iri) && p.begin().isBefore(last.plusDays(1)) && (p.end() == null || p.end().isAfter(first))) {
                String label = names.label(p.term()) + (p.object() == null ? "" : " " + names.label(p.object()));
                int row = rowOf.computeIfAbsent(label, k -> rowOf.size());
                bars.add(new Bar(row, ChartStyle.INFERRED, p.begin().isBefore(first) ? first : p.begin(), p.end()));
            }
        }
        String title = (organization ? "Members of " + entity : "Memberships of " + records.get(0).name()) + ", " + first + " to " + last;
        return new MembershipTimelineChart(title, new ArrayList<>(rowOf.keySet()), memberRows, bars, first, last,
                ChartStyle.sourceLine(kb.asOf(), "dated membership records; " + (timeline == null
                        ? "inferred periods not computed (build with the timeline)" : "HermiT's conclusions on every change day")));
    }

    /** The rows from the top: members (or organizations), then the inferred classes or links. */
    public List<String> rows() {
        return rows;
    }

    /** How many of the first {@link #rows()} are members (for a state: organizations). */
    public int memberRows() {
        return memberRows;
    }

    /** The bars, membership periods first. */
    public List<Bar> bars() {
        return bars;
    }

    @Override
    public int height(int width) {
        return 170 + ROW_PIXELS * rows.size();
    }

    @Override
    public JFreeChart chart() {
        Map<String, XYIntervalSeries> series = new LinkedHashMap<>();
        for (Bar b : bars) {
            double begin = ChartStyle.millis(b.begin());
            double end = ChartStyle.millis(b.end() == null || b.end().isAfter(to) ? to.plusDays(1) : b.end());
            series.computeIfAbsent(b.category(), XYIntervalSeries::new).add(b.row(), b.row() - 0.35, b.row() + 0.35, begin, begin, end);
        }
        SymbolAxis rowAxis = ChartStyle.symbolAxis(rows);
        rowAxis.setInverted(true);
        DateAxis time = new DateAxis("Date");
        time.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        time.setRange(ChartStyle.millis(from), ChartStyle.millis(to.plusDays(1)));
        XYPlot plot = ChartStyle.intervalPlot(series, rowAxis, time);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        // The two labels sit at opposite ends of their lines: the seed's date and today are often close.
        mark(plot, Claims.SEED_TABLE_DATE, "seed's table", RectangleAnchor.TOP_LEFT, TextAnchor.TOP_RIGHT);
        mark(plot, LocalDate.now(ZoneOffset.UTC), "today", RectangleAnchor.BOTTOM_LEFT, TextAnchor.BOTTOM_RIGHT);
        return ChartStyle.frame(title, plot, source);
    }

    private void mark(XYPlot plot, LocalDate day, String label, RectangleAnchor where, TextAnchor align) {
        if (day.isBefore(from) || day.isAfter(to)) {
            return;
        }
        ValueMarker marker = new ValueMarker(ChartStyle.millis(day), Color.DARK_GRAY,
                new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1.0f, new float[] {4.0f, 3.0f}, 0.0f));
        marker.setLabel(label + " " + day);
        marker.setLabelFont(ChartStyle.LABEL_FONT);
        marker.setLabelAnchor(where);
        marker.setLabelTextAnchor(align);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        plot.addRangeMarker(marker);
    }

    /** IRIs and English labels of organizations, states and Concert's terms. */
    private record Names(Map<String, String> iriById, Map<String, String> labelByIri) {
        static Names of(KnowledgeBase kb) {
            Map<String, String> iris = new LinkedHashMap<>();
            Map<String, String> labels = new LinkedHashMap<>();
            kb.select("""
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    PREFIX concert: <https://w3id.org/concert/ontology#>
                    SELECT ?e ?id ?label WHERE {
                      { ?e concert:acronym ?id } UNION { ?e concert:isoAlpha3 ?id }
                      UNION { ?e rdfs:label ?label FILTER (STRSTARTS(STR(?e), "%s") && langMatches(lang(?label), "en")) } }"""
                    .formatted(CONCERT_NS)).rows().forEach(row -> {
                        if (row.get("id") != null) {
                            iris.putIfAbsent(row.get("id"), row.get("e"));
                            labels.putIfAbsent(row.get("e"), row.get("id"));
                        } else {
                            labels.putIfAbsent(row.get("e"), row.get("label"));
                        }
                    });
            return new Names(iris, labels);
        }

        String iri(String id) {
            return iriById.getOrDefault(id, id);
        }

        String label(String iri) {
            return labelByIri.getOrDefault(iri, iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1));
        }
    }
}
