package org.concert.bench;

import java.time.LocalDate;

import org.apache.jena.graph.Graph;
import org.concert.kb.KnowledgeBase;
import org.concert.reasoning.ReasoningCache;
import org.concert.reasoning.Stage;
import org.concert.vocab.CONCERT;

/**
 * Reasons synthetic knowledge bases of {@code factor} times the bundled organizations and memberships
 * ({@link SyntheticScale}) as of 2018-01-01, each with an empty in-memory cache, and prints the time of each
 * stage. Not a test: run it with {@code bench/run scale 1 10 100}.
 */
public final class Scale {
    private Scale() {
    }

    public static void main(String[] args) {
        LocalDate date = LocalDate.of(2018, 1, 1);
        Graph data = KnowledgeBase.bundled().asOf(date).build().copyOf(CONCERT.DATA_GRAPH).getGraph();
        for (String arg : args.length == 0 ? new String[] {"1", "10"} : args) {
            int factor = Integer.parseInt(arg);
            Graph copies = SyntheticScale.copies(data, factor);
            long t0 = System.nanoTime();
            KnowledgeBase kb = KnowledgeBase.bundled().asOf(date).strict(false).addGraph(copies).cache(ReasoningCache.memoryOnly())
                    .reasonerTimeout(java.time.Duration.ofMinutes(30)).reason();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long organizations = kb.select("""
                    SELECT (COUNT(?o) AS ?n) WHERE { ?o a <https://w3id.org/concert/ontology#InterStateOrganization> }""")
                    .column("n").stream().mapToLong(Long::parseLong).sum();
            System.out.printf("scale x%d: %d organizations, %d inferred triples, reasoned in %.1f s%n", factor, organizations,
                    kb.size(CONCERT.INFERRED_GRAPH), ms / 1000.0);
            for (Stage stage : kb.stages()) {
                System.out.println("    " + stage);
            }
        }
    }
}
