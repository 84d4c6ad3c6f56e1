package org.concert.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.concert.KnowledgeBases;
import org.concert.bench.SyntheticScale;
import org.concert.kb.KnowledgeBase;
import org.concert.vocab.CONCERT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Modular reasoning must conclude exactly what one HermiT run over the whole input concludes: the same types,
 * subclass links and property values, on the bundled data at dates from the UN's first year to today, and on a
 * synthetic knowledge base twice the bundled one.
 */
class ModularReasoningTest {

    /** Dates spread over 1946 to today, most of them days on which some membership began or ended. */
    static Stream<LocalDate> dates() {
        return Stream.of("1946-01-01", "1949-08-24", "1955-05-14", "1961-01-01", "1967-08-08", "1973-01-01",
                "1979-06-01", "1985-01-01", "1990-10-03", "1991-12-26", "1992-05-15", "1994-04-20", "1997-01-01",
                "1999-03-12", "2002-07-09", "2004-05-01", "2008-01-01", "2011-07-09", "2014-03-18", "2018-01-01",
                "2020-02-01", "2023-04-04", "2024-03-07", "2025-01-29", "2026-11-28").map(LocalDate::parse);
    }

    @ParameterizedTest
    @MethodSource("dates")
    void modularReasoningInfersExactlyWhatOneWholeRunInfers(LocalDate date) {
        KnowledgeBase whole = KnowledgeBase.bundled().asOf(date).modular(false).reason();
        KnowledgeBase modular = KnowledgeBase.bundled().asOf(date).noCache().reason();
        assertSameInferences(whole, modular);
        assertTrue(modular.stages().stream().map(Stage::name).anyMatch(n -> n.equals("reason")),
                "the build must have reasoned module by module, not fallen back: " + modular.stages());
    }

    @Test
    void modularReasoningInfersExactlyWhatOneWholeRunInfersOnAKnowledgeBaseTwiceTheSize() {
        LocalDate date = LocalDate.of(2018, 1, 1);
        Graph data = KnowledgeBase.bundled().asOf(date).build().copyOf(CONCERT.DATA_GRAPH).getGraph();
        Graph copies = SyntheticScale.copies(data, 2);
        KnowledgeBase whole = KnowledgeBase.bundled().asOf(date).strict(false).addGraph(copies).modular(false).reason();
        KnowledgeBase modular = KnowledgeBase.bundled().asOf(date).strict(false).addGraph(copies).noCache().reason();
        assertSameInferences(whole, modular);
        // The copies are classified too: NATO-x1 is a collective defence alliance like NATO.
        assertTrue(modular.select(acronymsOf("CollectiveDefenceAlliance")).column("acronym").containsAll(List.of("NATO", "NATO-x1", "CSTO-x1")));
    }

    @Test
    void aTerminologyWithATransitivePropertyFallsBackToOneWholeRun() {
        Graph extra = RDFParser.fromString("""
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                @prefix org: <http://www.w3.org/ns/org#> .
                org:transitiveSubOrganizationOf a owl:ObjectProperty , owl:TransitiveProperty .
                """, Lang.TURTLE).toGraph();
        KnowledgeBase kb = KnowledgeBase.bundled().asOf(LocalDate.of(2018, 1, 1)).strict(false).addGraph(extra).noCache().reason();
        Stage fallback = kb.stages().stream().filter(s -> s.name().equals("fallback")).findFirst().orElseThrow();
        assertTrue(fallback.detail().contains("TransitiveObjectProperty"), fallback.detail());
        assertEquals(List.of("AU", "CIS", "CSTO", "ECOWAS", "EU", "LAS", "NATO", "OAS", "OSCE", "SADC"),
                kb.select(acronymsOf("CollectiveSecurityProvider")).column("acronym"));
    }

    private static void assertSameInferences(KnowledgeBase whole, KnowledgeBase modular) {
        Set<String> expected = triples(whole.copyOf(CONCERT.INFERRED_GRAPH).getGraph());
        Set<String> actual = triples(modular.copyOf(CONCERT.INFERRED_GRAPH).getGraph());
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        assertEquals(Set.of(), missing, "inferred by the whole run only");
        assertEquals(Set.of(), extra, "inferred by modules only");
        assertTrue(expected.size() > 500, "the whole run must infer something: " + expected.size());
    }

    private static Set<String> triples(Graph g) {
        Set<String> out = new HashSet<>();
        g.find().forEachRemaining((Triple t) -> out.add(t.toString()));
        return out;
    }

    private static String acronymsOf(String cls) {
        return KnowledgeBases.PREFIXES + "SELECT ?acronym WHERE { ?o a concert:" + cls + " ; concert:acronym ?acronym } ORDER BY ?acronym";
    }
}
