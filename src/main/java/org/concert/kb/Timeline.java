package org.concert.kb;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.vocab.CONCERT;

/**
 * What the reasoner concluded about each organization and state, period by period: the inferred Concert classes
 * and derived links (such as {@code protectedBy}) of every snapshot taken on a day on which the data changes, merged
 * into half-open periods (the end is the first change day on which the conclusion no longer held; a period still
 * holding on the last change day is open). No date is sampled: between two change days the data, so every snapshot,
 * is the same. Restricted to any date, the timeline equals that date's build (tested).
 *
 * @since 0.2.0
 */
public final class Timeline {
    private static final String TIMELINE_NS = "https://w3id.org/concert/id/timeline/";

    /**
     * One classification period.
     *
     * @param entity the organization or state
     * @param term   the class it belonged to (with {@code object} null) or the property of the link it held
     * @param object the other end of the link, or null for a class
     * @param begin  the first day it held
     * @param end    the first day it no longer held, or null while it holds
     */
    public record Period(String entity, String term, String object, LocalDate begin, LocalDate end) {
        /** Whether the period holds on {@code day}. */
        public boolean holdsOn(LocalDate day) {
            return !day.isBefore(begin) && (end == null || day.isBefore(end));
        }
    }

    private final List<Period> periods;
    private final List<LocalDate> days;

    private Timeline(List<Period> periods, List<LocalDate> days) {
        this.periods = List.copyOf(periods);
        this.days = List.copyOf(days);
    }

    /** The periods, by entity, term, object and begin. */
    public List<Period> periods() {
        return periods;
    }

    /** The change days it was computed from, in order. */
    public List<LocalDate> days() {
        return days;
    }

    /**
     * Every day on which the data of {@code kb} changes: each instant of a dated record (a membership's beginning
     * and end, a term, an operation) and each establishment, in order.
     */
    public static List<LocalDate> changeDays(KnowledgeBase kb) {
        return changeDays(kb.dataset().getNamedModel(CONCERT.DATA_GRAPH.getURI()).getGraph());
    }

    /**
     * The timeline a build keeps ({@link KnowledgeBase.Builder#withTimeline()}), read back from its graph
     * {@code https://w3id.org/concert/graph/timeline}; {@link ErrorCode#USAGE} when the build has none.
     */
    public static Timeline of(KnowledgeBase kb) {
        return kept(kb).orElseThrow(() -> new ConcertException(ErrorCode.USAGE,
                "this knowledge base was built without its timeline: build it with withTimeline() (CLI: reason --timeline)"));
    }

    /** The timeline a build keeps, or empty when it was built without one. */
    public static Optional<Timeline> kept(KnowledgeBase kb) {
        Graph g = kb.dataset().getNamedModel(CONCERT.TIMELINE_GRAPH.getURI()).getGraph();
        if (g.isEmpty()) {
            return Optional.empty();
        }
        List<Period> periods = new ArrayList<>();
        g.find(Node.ANY, RDF.type.asNode(), CONCERT.ClassificationPeriod).forEachRemaining(t -> {
            Node record = t.getSubject();
            Node heldClass = object(g, record, CONCERT.heldClass);
            Node interval = object(g, record, CONCERT.TIME_hasTime);
            Node end = object(g, interval, CONCERT.TIME_hasEnd);
            periods.add(new Period(object(g, record, CONCERT.periodOf).getURI(),
                    (heldClass != null ? heldClass : object(g, record, CONCERT.heldProperty)).getURI(),
                    heldClass != null ? null : object(g, record, CONCERT.heldValue).getURI(),
                    day(g, object(g, interval, CONCERT.TIME_hasBeginning)), end == null ? null : day(g, end)));
        });
        return Optional.of(new Timeline(sorted(periods), changeDays(kb)));
    }

    private static Node object(Graph g, Node subject, Node property) {
        var it = g.find(subject, property, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static LocalDate day(Graph g, Node instant) {
        return LocalDate.parse(object(g, instant, CONCERT.TIME_inXSDDateTimeStamp).getLiteralLexicalForm().substring(0, 10));
    }

    static List<LocalDate> changeDays(Graph data) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (Node p : List.of(CONCERT.TIME_inXSDDateTimeStamp, CONCERT.established)) {
            data.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral() && t.getObject().getLiteralLexicalForm().length() >= 10) {
                    days.add(LocalDate.parse(t.getObject().getLiteralLexicalForm().substring(0, 10)));
                }
            });
        }
        return List.copyOf(days);
    }

    /**
     * The timeline over {@code days} (change days, in order; a subset gives the timeline of that range), each
     * snapshot built by {@code build}.
     */
    public static Timeline compute(Function<LocalDate, KnowledgeBase> build, List<LocalDate> days) {
        Map<List<String>, LocalDate> open = new LinkedHashMap<>();
        List<Period> periods = new ArrayList<>();
        for (LocalDate day : days) {
            Set<List<String>> now = conclusions(build.apply(day));
            for (var it = open.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                if (!now.contains(e.getKey())) {
                    periods.add(period(e.getKey(), e.getValue(), day));
                    it.remove();
                }
            }
            for (List<String> fact : now) {
                open.putIfAbsent(fact, day);
            }
        }
        open.forEach((fact, begin) -> periods.add(period(fact, begin, null)));
        return new Timeline(sorted(periods), days);
    }

    private static List<Period> sorted(List<Period> periods) {
        List<Period> out = new ArrayList<>(periods);
        out.sort(Comparator.comparing(Period::entity).thenComparing(Period::term)
                .thenComparing(p -> Objects.toString(p.object(), "")).thenComparing(Period::begin));
        return out;
    }

    /** The periods as lines for the reasoning cache: entity, term, object or "-", begin, end or "-". */
    List<String> toLines() {
        return periods.stream().map(p -> String.join(" ", p.entity(), p.term(), Objects.toString(p.object(), "-"),
                p.begin().toString(), p.end() == null ? "-" : p.end().toString())).toList();
    }

    /** The timeline from cached lines, or empty when they are damaged (it is then computed again). */
    static Optional<Timeline> fromLines(List<String> lines, List<LocalDate> days) {
        try {
            List<Period> periods = new ArrayList<>();
            for (String line : lines) {
                String[] f = line.split(" ");
                periods.add(new Period(f[0], f[1], f[2].equals("-") ? null : f[2], LocalDate.parse(f[3]),
                        f[4].equals("-") ? null : LocalDate.parse(f[4])));
            }
            return Optional.of(new Timeline(periods, days));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Period period(List<String> fact, LocalDate begin, LocalDate end) {
        return new Period(fact.get(0), fact.get(1), fact.get(2).isEmpty() ? null : fact.get(2), begin, end);
    }

    /**
     * The conclusions of one snapshot the timeline keeps: inferred Concert classes of organizations and states,
     * and derived Concert links between them, as [entity, term, object or ""].
     */
    static Set<List<String>> conclusions(KnowledgeBase kb) {
        Graph inferred = kb.dataset().getNamedModel(CONCERT.INFERRED_GRAPH.getURI()).getGraph();
        Graph data = kb.dataset().getNamedModel(CONCERT.DATA_GRAPH.getURI()).getGraph();
        Set<List<String>> out = new TreeSet<>(Comparator.comparing(List::toString));
        inferred.find().forEachRemaining(t -> {
            Node s = t.getSubject();
            if (!s.isURI() || !(data.contains(s, RDF.type.asNode(), CONCERT.InterStateOrganization)
                    || data.contains(s, RDF.type.asNode(), CONCERT.State))) {
                return;
            }
            if (t.getPredicate().equals(RDF.type.asNode())) {
                if (t.getObject().isURI() && t.getObject().getURI().startsWith(CONCERT.NS)) {
                    out.add(List.of(s.getURI(), t.getObject().getURI(), ""));
                }
            } else if (t.getPredicate().getURI().startsWith(CONCERT.NS) && t.getObject().isURI()) {
                out.add(List.of(s.getURI(), t.getPredicate().getURI(), t.getObject().getURI()));
            }
        });
        return out;
    }

    /** The periods holding on {@code day}, as the facts {@link #conclusions} gives for a snapshot. */
    Set<List<String>> on(LocalDate day) {
        Set<List<String>> out = new TreeSet<>(Comparator.comparing(List::toString));
        periods.stream().filter(p -> p.holdsOn(day))
                .forEach(p -> out.add(List.of(p.entity(), p.term(), Objects.toString(p.object(), ""))));
        return out;
    }

    /**
     * The timeline as RDF: one {@code concert:ClassificationPeriod} per period, with its entity, its held class or
     * held property and value, and an OWL-Time interval ({@code time:hasTime}) whose beginning and end are instants
     * like a membership's.
     */
    public Graph graph() {
        Graph g = GraphFactory.createGraphMem();
        for (Period p : periods) {
            Node record = NodeFactory.createURI(TIMELINE_NS + id(p));
            g.add(Triple.create(record, RDF.type.asNode(), CONCERT.ClassificationPeriod));
            g.add(Triple.create(record, CONCERT.periodOf, NodeFactory.createURI(p.entity())));
            if (p.object() == null) {
                g.add(Triple.create(record, CONCERT.heldClass, NodeFactory.createURI(p.term())));
            } else {
                g.add(Triple.create(record, CONCERT.heldProperty, NodeFactory.createURI(p.term())));
                g.add(Triple.create(record, CONCERT.heldValue, NodeFactory.createURI(p.object())));
            }
            Node interval = NodeFactory.createURI(record.getURI() + "-interval");
            g.add(Triple.create(record, CONCERT.TIME_hasTime, interval));
            g.add(Triple.create(interval, RDF.type.asNode(), CONCERT.TIME_Interval));
            g.add(Triple.create(record, RDFS.label.asNode(), NodeFactory.createLiteralLang(local(p.entity()) + " "
                    + local(p.term()) + (p.object() == null ? "" : " " + local(p.object())) + " from " + p.begin()
                    + (p.end() == null ? "" : " to " + p.end()), "en")));
            instant(g, interval, CONCERT.TIME_hasBeginning, p.begin());
            if (p.end() != null) {
                instant(g, interval, CONCERT.TIME_hasEnd, p.end());
            }
        }
        return g;
    }

    private static void instant(Graph g, Node interval, Node link, LocalDate day) {
        Node instant = NodeFactory.createURI(interval.getURI() + (link.equals(CONCERT.TIME_hasEnd) ? "-end" : "-begin"));
        g.add(Triple.create(interval, link, instant));
        g.add(Triple.create(instant, RDF.type.asNode(), CONCERT.TIME_Instant));
        g.add(Triple.create(instant, CONCERT.TIME_inXSDDateTimeStamp,
                NodeFactory.createLiteralDT(day + "T00:00:00Z", XSDDatatype.XSDdateTimeStamp)));
    }

    private static String local(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    /** A stable name for a period: a digest of what it says. */
    private static String id(Period p) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((p.entity() + " " + p.term() + " "
                    + Objects.toString(p.object(), "") + " " + p.begin()).getBytes(StandardCharsets.UTF_8));
            return local(p.entity()) + "-" + local(p.term()) + "-" + p.begin() + "-" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
