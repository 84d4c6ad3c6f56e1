package org.concert.panel;

import java.time.LocalDate;
import java.time.Period;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.kb.KnowledgeBase;
import org.concert.query.SelectResult;

/**
 * A panel: one SELECT query answered on a series of dates in one process, as one long table whose first column
 * {@code date} says which snapshot a row is from. Each date is a knowledge base build of its own, so the answers
 * equal those of separate runs; the reasoning cache makes the dates after the first cheap, since most modules do
 * not change from one date to the next.
 *
 * <pre>{@code
 * SelectResult counts = Panel.run(date -> KnowledgeBase.bundled().asOf(date).reason(),
 *         Queries.parse(text, "counts"), Panel.dates(LocalDate.of(1992, 1, 1), LocalDate.of(2024, 1, 1), "1y"));
 * }</pre>
 *
 * @since 0.2.0
 */
public final class Panel {
    /** The most dates one panel takes (every day of 100 years is about 36,500). */
    public static final int MAX_DATES = 40_000;

    private Panel() {
    }

    /**
     * The dates from {@code from} to {@code to} (both included when the step lands on it) every {@code every}:
     * {@code 1y}, {@code 6m}, {@code 7d} and the like; {@link ErrorCode#INVALID_DATE} for an empty range or a
     * malformed step, or more than {@link #MAX_DATES} dates.
     */
    public static List<LocalDate> dates(LocalDate from, LocalDate to, String every) {
        if (to.isBefore(from)) {
            throw new ConcertException(ErrorCode.INVALID_DATE, "the panel ends (" + to + ") before it begins (" + from + ")",
                    "--to", -1, -1, null);
        }
        if (every == null || !every.matches("[1-9][0-9]{0,3}[ymd]")) {
            throw new ConcertException(ErrorCode.INVALID_DATE, "'" + every + "' is not a step such as 1y, 1m or 1d",
                    "--every", -1, -1, null);
        }
        int n = Integer.parseInt(every.substring(0, every.length() - 1));
        Period step = switch (every.charAt(every.length() - 1)) {
            case 'y' -> Period.ofYears(n);
            case 'm' -> Period.ofMonths(n);
            default -> Period.ofDays(n);
        };
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; !from.plus(step.multipliedBy(i)).isAfter(to); i++) {
            if (dates.size() == MAX_DATES) {
                throw new ConcertException(ErrorCode.INVALID_DATE, "the panel has more than " + MAX_DATES + " dates; "
                        + "take a longer step", "--every", -1, -1, null);
            }
            dates.add(from.plus(step.multipliedBy(i)));
        }
        return dates;
    }

    /**
     * Answers {@code query} (a SELECT) on each date, on the knowledge base {@code build} gives for it, and returns
     * one table with a first column {@code date} ({@code xsd:date}).
     */
    public static SelectResult run(Function<LocalDate, KnowledgeBase> build, Query query, List<LocalDate> dates) {
        if (!query.isSelectType()) {
            throw new ConcertException(ErrorCode.QUERY_FORM, "a panel needs a SELECT query, got " + query.queryType());
        }
        List<Map.Entry<Node, SelectResult>> parts = new ArrayList<>();
        for (LocalDate date : dates) {
            Node day = NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate);
            parts.add(new AbstractMap.SimpleImmutableEntry<>(day, build.apply(date).select(query)));
        }
        return SelectResult.concat("date", parts);
    }
}
