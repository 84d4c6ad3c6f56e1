package org.concert.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.concert.KnowledgeBases;
import org.concert.query.NamedQueries;
import org.concert.reasoning.Stage;
import org.concert.vocab.CONCERT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Tdb2StoreTest {

    private static List<String> stageNames(KnowledgeBase kb) {
        return kb.stages().stream().map(Stage::name).toList();
    }

    @Test
    void aSecondStartWithTheSameInputsReusesTheDatabaseInsteadOfReasoning(@TempDir Path dir) throws Exception {
        KnowledgeBase first = KnowledgeBase.bundled().asOf(KnowledgeBases.SEED_DATE).reasonInto(dir);
        assertTrue(stageNames(first).contains("reason"));
        assertEquals("tdb2", stageNames(first).get(stageNames(first).size() - 1));
        assertTrue(Files.isRegularFile(dir.resolve("concert-fingerprint.properties")));

        KnowledgeBase second = KnowledgeBase.bundled().asOf(KnowledgeBases.SEED_DATE).reasonInto(dir);
        assertEquals(List.of("tdb2"), stageNames(second), "no reasoning the second time");
        KnowledgeBase inMemory = KnowledgeBases.reasoned(KnowledgeBases.SEED_DATE);
        for (var graph : KnowledgeBase.GRAPHS) {
            assertTrue(second.copyOf(graph).isIsomorphicWith(inMemory.copyOf(graph)), graph.getURI());
        }
        assertEquals(inMemory.select(NamedQueries.get("post-soviet-organizations").text()).column("acronym"),
                second.select(NamedQueries.get("post-soviet-organizations").text()).column("acronym"));
    }

    @Test
    void anotherSnapshotDateOrAnotherExtraFileRebuildsTheDatabase(@TempDir Path dir) throws Exception {
        KnowledgeBase.bundled().asOf(KnowledgeBases.SEED_DATE).reasonInto(dir);
        KnowledgeBase later = KnowledgeBase.bundled().asOf(LocalDate.of(2026, 11, 28)).reasonInto(dir);
        assertTrue(stageNames(later).contains("reason"));
        assertEquals(List.of("32"), later.select("""
                SELECT (COUNT(?s) AS ?n) WHERE { ?s <http://www.w3.org/ns/org#memberOf> <https://w3id.org/concert/id/org/NATO> }""")
                .column("n"));

        long dataWithoutExtra = later.size(CONCERT.DATA_GRAPH);
        Path extra = dir.resolveSibling(dir.getFileName() + "-extra.ttl");
        Files.writeString(extra, "<http://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> \"a\" .\n");
        KnowledgeBase withExtra = KnowledgeBase.bundled().asOf(LocalDate.of(2026, 11, 28)).addFile(extra).reasonInto(dir);
        assertTrue(stageNames(withExtra).contains("reason"));
        assertEquals(dataWithoutExtra + 1, withExtra.size(CONCERT.DATA_GRAPH));
        Files.delete(extra);
    }
}
