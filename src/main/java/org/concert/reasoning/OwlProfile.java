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
     * The graph's violations of the OWL 2 DL profile, as OWLAPI words them; empty when it is in OWL 2 DL.
     *
     * @since 0.2.0
     */
    public static List<String> dlViolations(Graph graph) {
        OWLOntology ontology = OwlBridge.toOntology(graph);
        try {
            return new OWL2DLProfile().checkOntology(ontology).getViolations().stream()
                    .map(OWLProfileViolation::toString).toList();
        } finally {
            ontology.getOWLOntologyManager().removeOntology(ontology);
        }
    }
}
