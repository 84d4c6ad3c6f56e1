package org.concert.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.KnowledgeBases;
import org.concert.query.NamedQueries;
import org.concert.vocab.CONCERT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTest {

    @Test
    void manyThreadsQueryingOneKnowledgeBaseGetTheSameAnswers() throws Exception {
        KnowledgeBase kb = KnowledgeBases.reasoned(KnowledgeBases.SEED_DATE);
        List<String> expected = kb.select(NamedQueries.get("seed-table").text()).column("members");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String query = NamedQueries.get(i % 2 == 0 ? "seed-table" : "protected-by").text();
                answers.add(pool.submit(() -> kb.select(query).column(query.contains("?members") ? "members" : "state")));
            }
            for (int i = 0; i < answers.size(); i++) {
                List<String> answer = answers.get(i).get();
                assertEquals(i % 2 == 0 ? expected : answer, answer);
                assertEquals(i % 2 == 0 ? 7 : 35, answer.size());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theDatasetViewRefusesWrites() {
        KnowledgeBase kb = KnowledgeBases.asserted(KnowledgeBases.SEED_DATE);
        long before = kb.size(CONCERT.DATA_GRAPH);
        assertThrows(RuntimeException.class, () -> kb.dataset().getNamedModel(CONCERT.DATA_GRAPH.getURI())
                .add(org.apache.jena.rdf.model.ResourceFactory.createResource("http://example.org/x"),
                        org.apache.jena.vocabulary.RDFS.label, "x"));
        assertEquals(before, kb.size(CONCERT.DATA_GRAPH));
    }

    @Test
    void aFailingExtraFileLeavesNothingBuiltAndTheNextBuildIsUnaffected(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.ttl");
        Files.writeString(good, "<http://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> \"a\" .\n");
        Path bad = dir.resolve("bad.ttl");
        Files.writeString(bad, "<http://example.org/b> <http://example.org/p> .\n");
        ConcertException e = assertThrows(ConcertException.class,
                () -> KnowledgeBase.bundled().asOf(KnowledgeBases.SEED_DATE).addFile(good).addFile(bad).build());
        assertEquals(ErrorCode.RDF_SYNTAX, e.code());
        assertEquals(bad.toString(), e.input());
        assertEquals(1, e.line());
        KnowledgeBase kb = KnowledgeBase.bundled().asOf(KnowledgeBases.SEED_DATE).addFile(good).build();
        assertEquals(KnowledgeBases.asserted(KnowledgeBases.SEED_DATE).size(CONCERT.DATA_GRAPH) + 1, kb.size(CONCERT.DATA_GRAPH));
    }

    @Test
    void everyRejectedInputIsCarriedByTheOneException(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first.ttl");
        Files.writeString(first, "<http://example.org/a> <http://example.org/p> .\n");
        Path second = dir.resolve("second.ttl");
        Files.writeString(second, "");
        ConcertException e = assertThrows(ConcertException.class,
                () -> KnowledgeBase.bundled().asOf(KnowledgeBases.SEED_DATE).addFile(first).addFile(second).build());
        assertEquals(List.of(ErrorCode.RDF_SYNTAX, ErrorCode.EMPTY_INPUT), e.problems().stream().map(ConcertException::code).toList());
        assertEquals(List.of(first.toString(), second.toString()), e.problems().stream().map(ConcertException::input).toList());
    }

    @Test
    void theFourGraphsAreKeptApartAndTheDefaultGraphIsTheirUnion() {
        KnowledgeBase kb = KnowledgeBases.reasoned(KnowledgeBases.SEED_DATE);
        long sum = 0;
        for (var g : KnowledgeBase.GRAPHS) {
            assertTrue(kb.size(g) > 0, g.getURI());
            sum += kb.size(g);
        }
        assertEquals(sum, kb.copyOf(null).size(), "the graphs share no triple, so the union is their sum");
        assertEquals(KnowledgeBases.SEED_DATE, kb.asOf());
        assertTrue(kb.isReasoned());
        assertEquals(List.of("load", "snapshot", "select", "modules", "terminology", "reason", "write-back", "dataset"),
                kb.stages().stream().map(s -> s.name()).toList());
    }
}
