package org.concert.reasoning;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads and warms HermiT's code on the second core while a first run parses its input: JIT time, not work. */
final class HermitWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(HermitWarmUp.class);

    private HermitWarmUp() {
    }

    /**
     * Starts loading OWLAPI and HermiT on a background thread when {@code cache} holds no terminology yet (a
     * first run, or {@code --no-cache}), so that their classes load and their code warms up on the second core
     * while the knowledge base is parsed and its snapshot derived. With a warm cache nothing is started:
     * reasoning will not be needed.
     */
    static void prepare(ReasoningCache cache) {
        if (!cache.holds("terminology")) {
            Thread warmUp = new Thread(HermitWarmUp::warmUp, "concert-hermit-warm-up");
            warmUp.setDaemon(true);
            warmUp.setPriority(Thread.MIN_PRIORITY);
            warmUp.start();
        }
    }

    private static void warmUp() {
        try {
            Graph tiny = RDFParser.fromString(WARM_UP, Lang.TURTLE).toGraph();
            OwlModules.warmUp(tiny);
        } catch (RuntimeException e) {
            LOG.debug("warm-up failed, which costs only time", e);
        }
    }

    /** A small ontology that exercises the bridge and every kind of HermiT call a module makes. */
    private static final String WARM_UP = """
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix : <urn:concert:warm-up#> .
            :A a owl:Class . :B a owl:Class . :C a owl:Class ; owl:equivalentClass [ a owl:Class ; owl:intersectionOf ( :A
                [ a owl:Restriction ; owl:onProperty :p ; owl:someValuesFrom :B ] ) ] .
            :p a owl:ObjectProperty ; owl:inverseOf :q . :q a owl:ObjectProperty .
            :a a :A , owl:NamedIndividual ; :p :b . :b a :B , owl:NamedIndividual .
            :a a [ a owl:Restriction ; owl:onProperty :p ; owl:allValuesFrom [ a owl:Class ; owl:oneOf ( :b ) ] ] .
            """;
}
