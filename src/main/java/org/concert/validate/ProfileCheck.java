package org.concert.validate;

import java.net.URISyntaxException;
import java.net.URL;
import java.util.List;

import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.kb.BundledOntology;
import org.concert.kb.OntologyCatalog;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.MissingImportHandlingStrategy;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;

/**
 * Checks the bundled ontology, merged through its imports closure, against the OWL 2 DL profile with
 * OWLAPI's profile checker. Imports resolve through the bundled catalog only; a missing import is an error,
 * never a network fetch.
 *
 * @since 0.1.0
 */
public final class ProfileCheck {

    /**
     * What the check saw and found.
     *
     * @param ontologies the number of ontologies in the imports closure
     * @param axioms     the number of axioms in the imports closure
     * @param violations the violations as OWLAPI words them (empty when the ontology is in OWL 2 DL)
     */
    public record Report(int ontologies, int axioms, List<String> violations) {
    }

    private ProfileCheck() {
    }

    /** Checks the bundled ontology and its imports closure. */
    public static Report bundled() {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        OntologyCatalog catalog = BundledOntology.catalog();
        manager.getIRIMappers().add(ontologyIri -> catalog.pathOf(ontologyIri.toString())
                .map(path -> resource(BundledOntology.RESOURCE_DIR + path)).orElse(null));
        manager.setOntologyLoaderConfiguration(manager.getOntologyLoaderConfiguration()
                .setMissingImportHandlingStrategy(MissingImportHandlingStrategy.THROW_EXCEPTION));
        try {
            OWLOntology root = manager.loadOntology(IRI.create(BundledOntology.ROOT_IRI));
            List<String> violations = new OWL2DLProfile().checkOntology(root).getViolations().stream()
                    .map(OWLProfileViolation::toString).toList();
            int axioms = root.importsClosure().mapToInt(OWLOntology::getAxiomCount).sum();
            return new Report((int) root.importsClosure().count(), axioms, violations);
        } catch (OWLOntologyCreationException e) {
            throw new ConcertException(ErrorCode.BUNDLE_DAMAGED, "OWLAPI cannot load the bundled ontology: "
                    + e.getMessage(), e);
        }
    }

    private static IRI resource(String path) {
        URL url = ProfileCheck.class.getResource(path);
        if (url == null) {
            throw new ConcertException(ErrorCode.BUNDLE_DAMAGED, "missing from the jar", path, -1, -1, null);
        }
        try {
            return IRI.create(url.toURI());
        } catch (URISyntaxException e) {
            throw new ConcertException(ErrorCode.BUNDLE_DAMAGED, e.getMessage(), e);
        }
    }
}
