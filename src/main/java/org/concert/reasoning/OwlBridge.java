package org.concert.reasoning;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.TurtleDocumentFormat;
import org.semanticweb.owlapi.io.StreamDocumentSource;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.MissingImportHandlingStrategy;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;

/**
 * Turns a Jena graph into an OWLAPI ontology. Jena writes N-Triples and OWLAPI's own Turtle parser reads them
 * (N-Triples is a subset of Turtle): measured cheaper than RDF/XML or Turtle, it needs no RDF4J, and unlike
 * Jena's Turtle writer it produces no SPARQL-style PREFIX lines, which OWLAPI rejects.
 */
final class OwlBridge {

    private OwlBridge() {
    }

    /**
     * The ontology of a graph's triples, in a fresh manager. {@code owl:imports} triples are dropped (the graph
     * is already the merged closure), so nothing is ever fetched, and so are the {@code owl:Ontology} headers of
     * the merged files, which would otherwise give the result the identity of whichever file came first.
     */
    public static OWLOntology toOntology(Graph graph) {
        Graph input = GraphFactory.createGraphMem();
        graph.find().forEachRemaining(t -> {
            if (!t.getPredicate().equals(OWL2.imports.asNode()) && !isHeader(graph, t)) {
                input.add(t);
            }
        });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.write(bytes, input, Lang.NTRIPLES);
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        manager.setOntologyLoaderConfiguration(manager.getOntologyLoaderConfiguration()
                .setMissingImportHandlingStrategy(MissingImportHandlingStrategy.SILENT)
                .setReportStackTraces(false));
        try {
            return manager.loadOntologyFromOntologyDocument(new StreamDocumentSource(
                    new ByteArrayInputStream(bytes.toByteArray()),
                    IRI.create("https://w3id.org/concert/merged"), new TurtleDocumentFormat(), null));
        } catch (OWLOntologyCreationException e) {
            throw new ConcertException(ErrorCode.REASONER_UNSUPPORTED,
                    "the triples could not be read as OWL: " + e.getMessage(), e);
        }
    }

    private static boolean isHeader(Graph graph, Triple t) {
        return graph.contains(t.getSubject(), RDF.type.asNode(), OWL2.Ontology.asNode());
    }
}
