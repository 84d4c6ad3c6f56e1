package org.concert;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.concert.kb.KnowledgeBase;
import org.concert.reasoning.ReasoningCache;

/** Knowledge bases shared by the tests of one JVM, so each snapshot is built and reasoned once. */
public final class KnowledgeBases {
    private static final Map<LocalDate, KnowledgeBase> REASONED = new ConcurrentHashMap<>();
    /** One in-memory cache for the tests' builds: what a test sees never depends on what an earlier run left on disk. */
    private static final ReasoningCache CACHE = ReasoningCache.memoryOnly();
    private static final Map<LocalDate, KnowledgeBase> ASSERTED = new ConcurrentHashMap<>();

    private KnowledgeBases() {
    }

    /** The bundled knowledge base reasoned as of a date. */
    public static KnowledgeBase reasoned(LocalDate date) {
        return REASONED.computeIfAbsent(date, d -> KnowledgeBase.bundled().asOf(d).cache(CACHE).reason());
    }

    /** The bundled knowledge base without reasoning as of a date (snapshot links only). */
    public static KnowledgeBase asserted(LocalDate date) {
        return ASSERTED.computeIfAbsent(date, d -> KnowledgeBase.bundled().asOf(d).build());
    }

    /** The prefixes the tests' SPARQL uses: ORG, Concert's vocabulary, organizations and states. */
    public static final String PREFIXES = """
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX concert: <https://w3id.org/concert/ontology#>
            PREFIX rio: <https://w3id.org/concert/id/org/>
            PREFIX state: <https://w3id.org/concert/id/state/>
            """;

    /** The date of the seed's table. */
    public static final LocalDate SEED_DATE = LocalDate.of(2018, 1, 1);
}
