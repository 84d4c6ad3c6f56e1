package org.concert.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.concert.KnowledgeBases;
import org.concert.reasoning.ReasoningCache;
import org.concert.vocab.CONCERT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The timeline, restricted to any day, equals that day's build; its graph holds one record per period. */
class TimelineTest {
    private static final ReasoningCache CACHE = ReasoningCache.memoryOnly();
    private static final Map<LocalDate, KnowledgeBase> BUILT = new ConcurrentHashMap<>();
    private static List<LocalDate> days;
    private static Timeline timeline;

    private static KnowledgeBase build(LocalDate day) {
        return BUILT.computeIfAbsent(day, d -> KnowledgeBase.bundled().asOf(d).cache(CACHE).reason());
    }

    @BeforeAll
    static void computeTheTimelineOfFiveYears() {
        // Every change day from 2008 to 2012: the CSTO gains and loses Uzbekistan, the CIS loses Georgia, the SCO
        // and NATO change, and so on.
        days = Timeline.changeDays(KnowledgeBases.asserted(KnowledgeBases.SEED_DATE)).stream()
                .filter(d -> !d.isBefore(LocalDate.of(2008, 1, 1)) && d.isBefore(LocalDate.of(2013, 1, 1))).toList();
        timeline = Timeline.compute(TimelineTest::build, days);
    }

    @Test
    void onEveryChangeDayAndBetweenThemTheTimelineEqualsThatDaysBuild() {
        assertTrue(days.size() >= 10, "change days 2008-2012: " + days);
        for (LocalDate day : days) {
            assertEquals(Timeline.conclusions(build(day)), timeline.on(day), day.toString());
        }
        for (LocalDate between : List.of(LocalDate.of(2009, 6, 15), LocalDate.of(2010, 1, 1), LocalDate.of(2012, 12, 31))) {
            assertEquals(Timeline.conclusions(build(between)), timeline.on(between), between.toString());
        }
    }

    @Test
    void armeniaIsProtectedByTheCstoThroughoutAndGeorgiaLeavesTheCis() {
        String arm = "https://w3id.org/concert/id/state/ARM";
        String csto = "https://w3id.org/concert/id/org/CSTO";
        assertTrue(timeline.periods().stream().anyMatch(p -> p.entity().equals(arm) && p.term().equals(CONCERT.NS + "protectedBy")
                && csto.equals(p.object()) && p.end() == null), "ARM protectedBy CSTO holds to the end");
        assertTrue(timeline.on(LocalDate.of(2010, 1, 1)).contains(List.of(arm, CONCERT.NS + "protectedBy", csto)));
    }

    @Test
    void theGraphHasOneRecordPerPeriodWithAnOwlTimeInterval() {
        Graph g = timeline.graph();
        List<Node> records = g.find(Node.ANY, RDF.type.asNode(), CONCERT.ClassificationPeriod).mapWith(t -> t.getSubject()).toList();
        assertEquals(timeline.periods().size(), records.size());
        for (Node r : records) {
            assertTrue(g.contains(r, CONCERT.periodOf, Node.ANY));
            Node interval = g.find(r, CONCERT.TIME_hasTime, Node.ANY).next().getObject();
            assertTrue(g.contains(interval, CONCERT.TIME_hasBeginning, Node.ANY), r.toString());
        }
        long open = timeline.periods().stream().filter(p -> p.end() == null).count();
        assertEquals(open, records.size() - g.find(Node.ANY, CONCERT.TIME_hasEnd, Node.ANY).toList().size());
    }

    @Test
    void theCachedLinesGiveBackTheSamePeriods() {
        assertEquals(timeline.periods(), Timeline.fromLines(timeline.toLines(), days).orElseThrow().periods());
    }
}
