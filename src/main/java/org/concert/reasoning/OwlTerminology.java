package org.concert.reasoning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.Reasoner;
import org.semanticweb.owlapi.model.AxiomType;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.InferenceType;
import uk.ac.manchester.cs.owlapi.modularity.ModuleType;
import uk.ac.manchester.cs.owlapi.modularity.SyntacticLocalityModuleExtractor;

/**
 * A terminology as OWLAPI axioms, bridged once per process for each terminology fingerprint (the bundled schema
 * is the same for every date), with its locality modules memoized by signature.
 */
final class OwlTerminology {
    private static final int KEPT = 8;
    private static final Map<String, OwlTerminology> BRIDGED = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, OwlTerminology> eldest) {
            return size() > KEPT;
        }
    };

    private final OWLOntology ontology;
    private final List<OWLAxiom> terminology = new ArrayList<>();
    private final List<OWLAxiom> nominalAssertions = new ArrayList<>();
    private final SyntacticLocalityModuleExtractor extractor;
    private final Map<Set<OWLEntity>, Set<OWLAxiom>> modules = new HashMap<>();

    private OwlTerminology(Graph triples) {
        this.ontology = OwlBridge.toOntology(triples);
        ontology.axioms().forEach(ax -> (ax.isOfType(AxiomType.ABoxAxiomTypes) ? nominalAssertions : terminology).add(ax));
        this.extractor = new SyntacticLocalityModuleExtractor(ontology.getOWLOntologyManager(), terminology.stream(),
                ModuleType.BOT);
    }

    /** The terminology of {@code triples}, whose fingerprint is {@code fingerprint}. */
    static OwlTerminology of(String fingerprint, Graph triples) {
        synchronized (BRIDGED) {
            return BRIDGED.computeIfAbsent(fingerprint, f -> new OwlTerminology(triples));
        }
    }

    /** The bottom locality module of the terminology for a signature (of classes and properties). */
    Set<OWLAxiom> module(Set<OWLEntity> signature) {
        synchronized (modules) {
            return modules.computeIfAbsent(signature, extractor::extract);
        }
    }

    /** Every axiom of the terminology. */
    List<OWLAxiom> axioms() {
        return terminology;
    }

    /**
     * The terminology's profile, classified by HermiT with the types of the individuals it names.
     *
     * @param running told the reasoner while it runs, so that a timeout can interrupt it
     */
    TboxProfile profile(Consumer<Reasoner> running) {
        Set<OWLAxiom> axioms = new HashSet<>(terminology);
        axioms.addAll(nominalAssertions);
        OWLOntology classified = OwlModules.ontology(axioms);
        Reasoner reasoner = new Reasoner(new Configuration(), classified);
        running.accept(reasoner);
        try {
            reasoner.precomputeInferences(InferenceType.CLASS_HIERARCHY);
            return TerminologyAnalysis.profile(classified, reasoner);
        } finally {
            running.accept(null);
            reasoner.dispose();
            classified.getOWLOntologyManager().removeOntology(classified);
        }
    }
}
