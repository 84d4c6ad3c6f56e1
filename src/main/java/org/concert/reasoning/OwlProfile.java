package org.concert.reasoning;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;

/** The OWL 2 DL profile check of a graph, by OWLAPI's profile checker (HermiT decides only OWL 2 DL). */
public final class OwlProfile {
    private OwlProfile() {
    }

    /**
     * What the check saw and found.
     *
     * @param axioms     the number of OWL axioms the graph holds
     * @param violations the violations as OWLAPI words them (empty when the graph is in OWL 2 DL)
     * @since 0.2.0
     */
    public record Result(int axioms, List<String> violations) {
        public Result {
            violations = List.copyOf(violations);
        }
    }

    /**
     * Checks the graph against the OWL 2 DL profile.
     *
     * @since 0.2.0
     */
    public static Result check(Graph graph) {
        OWLOntology ontology = OwlBridge.toOntology(graph);
        try {
            return new Result(ontology.getAxiomCount(), new OWL2DLProfile().checkOntology(ontology).getViolations()
                    .stream().map(OWLProfileViolation::toString).toList());
        } finally {
            ontology.getOWLOntologyManager().removeOntology(ontology);
        }
    }

    /**
     * The graph's violations of the OWL 2 DL profile, as OWLAPI words them; empty when it is in OWL 2 DL.
     *
     * @since 0.2.0
     */
    public static List<String> dlViolations(Graph graph) {
        return check(graph).violations();
    }
}
