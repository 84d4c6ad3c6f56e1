package org.concert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.concert.KnowledgeBases;
import org.concert.kb.KnowledgeBase;
import org.concert.vocab.CONCERT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReasonCommandTest {

    @Test
    void reasonWritesTrigWithTheFourNamedGraphsThatReadBackUnchanged(@TempDir Path dir) {
        Path out = dir.resolve("concert.trig");
        CliRun run = CliRun.of("reason", "--as-of", "2018-01-01", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        Dataset dataset = RDFDataMgr.loadDataset(out.toString());
        KnowledgeBase kb = KnowledgeBases.reasoned(KnowledgeBases.SEED_DATE);
        Set<String> names = new java.util.TreeSet<>();
        dataset.listNames().forEachRemaining(names::add);
        assertEquals(Set.of(CONCERT.SCHEMA_GRAPH.getURI(), CONCERT.DATA_GRAPH.getURI(), CONCERT.SNAPSHOT_GRAPH.getURI(),
                CONCERT.INFERRED_GRAPH.getURI()), names);
        for (var graph : KnowledgeBase.GRAPHS) {
            assertTrue(dataset.getNamedModel(graph.getURI()).isIsomorphicWith(kb.copyOf(graph)), graph.getURI());
        }
        assertTrue(run.err().contains("inferred"), run.err());
    }

    @Test
    void inferredOnlyWritesJustTheInferredTriples(@TempDir Path dir) {
        Path out = dir.resolve("inferred.nt");
        CliRun run = CliRun.of("reason", "--as-of", "2018-01-01", "--inferred-only", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        KnowledgeBase kb = KnowledgeBases.reasoned(KnowledgeBases.SEED_DATE);
        assertTrue(RDFDataMgr.loadModel(out.toString()).isIsomorphicWith(kb.copyOf(CONCERT.INFERRED_GRAPH)));
    }
}
