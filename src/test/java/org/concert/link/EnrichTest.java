package org.concert.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.concert.KnowledgeBases;
import org.concert.cli.CliRunner;
import org.concert.kb.KnowledgeBase;
import org.concert.vocab.CONCERT;
import org.junit.jupiter.api.Test;

class EnrichTest {
    private static final Path DUMP = Path.of("src/test/resources/link/wikidata-standin.nt");
    private static final String JOIN = """
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX concert: <https://w3id.org/concert/ontology#>
            PREFIX wdt: <http://www.wikidata.org/prop/direct/>
            SELECT ?state (MAX(?p) AS ?population) WHERE {
              ?m org:memberOf <https://w3id.org/concert/id/org/CSTO> ; concert:isoAlpha3 ?state ; skos:exactMatch ?item .
              ?item wdt:P1082 ?p } GROUP BY ?state ORDER BY ?state""";

    @Test
    void anExternalDumpIsJoinedLocallyInItsOwnGraphAndLeavesTheCuratedGraphsAlone() {
        KnowledgeBase kb = KnowledgeBase.bundled().asOf(KnowledgeBases.SEED_DATE).enrich(DUMP).build();
        assertEquals(List.of("https://w3id.org/concert/graph/external/wikidata-standin.nt"),
                kb.externalGraphs().stream().map(n -> n.getURI()).toList());
        assertEquals(List.of("ARM", "KAZ", "RUS"), kb.select(JOIN).column("state"));
        KnowledgeBase plain = KnowledgeBases.asserted(KnowledgeBases.SEED_DATE);
        for (var graph : KnowledgeBase.GRAPHS) {
            assertEquals(plain.size(graph), kb.size(graph), "the curated graph " + graph.getURI() + " is unchanged");
        }
        KnowledgeBase dropped = kb.withoutEnrichment();
        assertEquals(List.of(), dropped.externalGraphs());
        assertEquals(List.of(), dropped.select(JOIN).column("state"));
        assertEquals(plain.size(CONCERT.DATA_GRAPH), dropped.size(CONCERT.DATA_GRAPH));
    }

    @Test
    void theEnrichCommandReportsHowTheDumpAligns() {
        CliRunner.Result run = CliRunner.run("enrich", DUMP.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("https://w3id.org/concert/graph/external/wikidata-standin.nt: 6 triples about 4 resources, 4 of them linked "
                + "from Concert's states and organizations", run.out().strip());
    }

    @Test
    void queriesCanUseTheDumpFromTheCommandLine() {
        CliRunner.Result run = CliRunner.run("query", "--no-reasoning", "--as-of", "2018-01-01", "--format", "csv",
                "--enrich", DUMP.toString(), "--query", JOIN);
        assertEquals(List.of("state,population", "ARM,1000", "KAZ,3000", "RUS,2500"), run.out().lines().toList());
        assertTrue(run.err().isEmpty(), run.err());
    }
}
