package org.concert.validate;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.concert.kb.BundledOntology;
import org.concert.reasoning.OwlProfile;

/**
 * Checks the bundled ontology, every file of its imports closure merged, against the OWL 2 DL profile with
 * OWLAPI's profile checker ({@link OwlProfile}, the same check {@code validate} runs on added data). Imports
 * resolve through the bundled catalog only, never a network fetch.
 *
 * @since 0.1.0
 */
public final class ProfileCheck {

    /**
     * What the check saw and found.
     *
     * @param ontologies the number of ontologies in the imports closure
     * @param axioms     the number of axioms in the imports closure, merged
     * @param violations the violations as OWLAPI words them (empty when the ontology is in OWL 2 DL)
     */
    public record Report(int ontologies, int axioms, List<String> violations) {
    }

    private ProfileCheck() {
    }

    /** Checks the bundled ontology and its imports closure. */
    public static Report bundled() {
        List<BundledOntology.Part> parts = BundledOntology.load();
        Graph merged = GraphFactory.createGraphMem();
        parts.forEach(part -> part.graph().find().forEachRemaining(merged::add));
        OwlProfile.Result result = OwlProfile.check(merged);
        return new Report(parts.size(), result.axioms(), result.violations());
    }
}
