package org.concert.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.concert.kb.KnowledgeBase;
import org.concert.kb.Memberships;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYIntervalSeries;

/**
 * States by organizations on one day: a row per state that holds any membership that day in the organizations
 * shown, a column per organization, each cell coloured by the state's status in it (full member, participating
 * State, associate, observer, partner, suspended). From the dated membership records; no reasoning is needed.
 *
 * @since 0.2.0
 */
public final class MembershipMatrixChart implements Chart {
    private static final int ROW_PIXELS = 16;

    /**
     * One cell.
     *
     * @param state   the state's ISO 3166 alpha-3 code
     * @param acronym the organization's acronym
     * @param status  the state's status in it that day
     */
    public record Cell(String state, String acronym, String status) {
    }

    private final LocalDate asOf;
    private final List<String> states;
    private final List<String> stateNames;
    private final List<String> organizations;
    private final List<Cell> cells;
    private final String source;

    private MembershipMatrixChart(LocalDate asOf, List<String> states, List<String> stateNames, List<String> organizations,
                                  List<Cell> cells, String source) {
        this.asOf = asOf;
        this.states = List.copyOf(states);
        this.stateNames = List.copyOf(stateNames);
        this.organizations = List.copyOf(organizations);
        this.cells = List.copyOf(cells);
        this.source = source;
    }

    /**
     * The matrix on {@code asOf} for {@code acronyms} (empty: every organization with a member that day, by
     * acronym); {@link org.concert.ErrorCode#UNKNOWN_ENTITY} for an acronym the knowledge base does not know.
     */
    public static MembershipMatrixChart of(KnowledgeBase kb, LocalDate asOf, List<String> acronyms) {
        Memberships.requireOrganizations(kb, acronyms);
        List<Memberships.Record> held = Memberships.of(kb).stream()
                .filter(r -> r.holdsOn(asOf) && (acronyms.isEmpty() || acronyms.contains(r.acronym()))).toList();
        List<String> organizations = acronyms.isEmpty()
                ? List.copyOf(new TreeSet<>(held.stream().map(Memberships.Record::acronym).toList()))
                : List.copyOf(acronyms);
        // A state suspended in an organization may also hold the membership it was suspended from: the later record wins.
        Map<List<String>, Memberships.Record> byCell = new LinkedHashMap<>();
        held.stream().sorted(Comparator.comparing(Memberships.Record::begin))
                .forEach(r -> byCell.put(List.of(r.state(), r.acronym()), r));
        TreeMap<String, String> nameOf = new TreeMap<>();
        byCell.values().forEach(r -> nameOf.put(r.state(), r.name()));
        List<String> states = nameOf.keySet().stream().sorted(Comparator.comparing(nameOf::get)).toList();
        List<Cell> cells = new ArrayList<>();
        for (String state : states) {
            for (String acronym : organizations) {
                Memberships.Record r = byCell.get(List.of(state, acronym));
                if (r != null) {
                    cells.add(new Cell(state, acronym, r.status()));
                }
            }
        }
        return new MembershipMatrixChart(asOf, states, states.stream().map(nameOf::get).toList(), organizations, cells,
                ChartStyle.sourceLine(asOf, "from the dated membership records"));
    }

    /** The rows: the states' ISO 3166 alpha-3 codes, by name. */
    public List<String> states() {
        return states;
    }

    /** The columns: the organizations' acronyms. */
    public List<String> organizations() {
        return organizations;
    }

    /** The coloured cells, row by row. */
    public List<Cell> cells() {
        return cells;
    }

    /** Room for each column's acronym written across, not rotated (JFreeSVG would draw rotated text as outlines). */
    @Override
    public int width() {
        return Math.max(1000, 260 + 56 * organizations.size());
    }

    @Override
    public int height(int width) {
        return 220 + ROW_PIXELS * states.size();
    }

    @Override
    public JFreeChart chart() {
        Map<String, XYIntervalSeries> series = new LinkedHashMap<>();
        for (Cell c : cells) {
            int column = organizations.indexOf(c.acronym());
            int row = states.indexOf(c.state());
            series.computeIfAbsent(c.status(), XYIntervalSeries::new)
                    .add(column, column - 0.45, column + 0.45, row, row - 0.45, row + 0.45);
        }
        SymbolAxis columns = ChartStyle.symbolAxis(organizations);
        List<String> rowLabels = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            rowLabels.add(stateNames.get(i) + " (" + states.get(i) + ")");
        }
        SymbolAxis rows = ChartStyle.symbolAxis(rowLabels);
        rows.setInverted(true);
        XYPlot plot = ChartStyle.intervalPlot(series, columns, rows);
        plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
        plot.setRangeGridlinesVisible(false);
        return ChartStyle.frame("Membership status by state and organization, " + asOf, plot, source);
    }
}
