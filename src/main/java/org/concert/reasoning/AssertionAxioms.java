package org.concert.reasoning;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLLiteral;

/**
 * Turns plain assertions (named types, object and data property values of named individuals) into OWLAPI axioms
 * directly, without writing and parsing RDF: a batch of a few modules is reasoned in milliseconds, and parsing
 * would cost more than the reasoning. Anything else (an anonymous class expression such as a membership
 * closure, a property the terminology does not declare) is left to OWLAPI's parser: {@link #of} says so by
 * returning null.
 */
final class AssertionAxioms {
    private static final Node TYPE = RDF.type.asNode();
    /** Annotation properties that OWL 2 builds in, which need no declaration. */
    private static final Set<Node> BUILT_IN_ANNOTATIONS = Set.of(RDFS.label.asNode(), RDFS.comment.asNode(),
            RDFS.seeAlso.asNode(), RDFS.isDefinedBy.asNode(), OWL2.versionInfo.asNode(), OWL2.deprecated.asNode(),
            OWL2.priorVersion.asNode(), OWL2.backwardCompatibleWith.asNode(), OWL2.incompatibleWith.asNode());

    private AssertionAxioms() {
    }

    /**
     * The axioms of {@code triples}, or null when some triple is not a plain assertion.
     *
     * @param declared the declared kind of each property and class: {@code owl:ObjectProperty},
     *                 {@code owl:DatatypeProperty}, {@code owl:AnnotationProperty} or {@code owl:Class}
     */
    static Set<OWLAxiom> of(Graph triples, Map<Node, Set<Node>> declared, OWLDataFactory factory) {
        Set<OWLAxiom> axioms = new HashSet<>();
        for (Triple t : triples.find().toList()) {
            Node s = t.getSubject();
            Node p = t.getPredicate();
            Node o = t.getObject();
            Set<Node> kinds = declared.getOrDefault(p, Set.of());
            if (!s.isURI() || declared.containsKey(s) || BUILT_IN_ANNOTATIONS.contains(p)) {
                continue; // a declaration or an annotation, not an assertion
            }
            if (p.equals(TYPE)) {
                if (!o.isURI()) {
                    return null;
                }
                if (!o.equals(OWL2.NamedIndividual.asNode())) {
                    axioms.add(factory.getOWLClassAssertionAxiom(factory.getOWLClass(IRI.create(o.getURI())),
                            factory.getOWLNamedIndividual(IRI.create(s.getURI()))));
                }
            } else if (kinds.contains(OWL2.ObjectProperty.asNode()) && o.isURI()) {
                axioms.add(factory.getOWLObjectPropertyAssertionAxiom(factory.getOWLObjectProperty(IRI.create(p.getURI())),
                        factory.getOWLNamedIndividual(IRI.create(s.getURI())), factory.getOWLNamedIndividual(IRI.create(o.getURI()))));
            } else if (kinds.contains(OWL2.DatatypeProperty.asNode()) && o.isLiteral()) {
                axioms.add(factory.getOWLDataPropertyAssertionAxiom(factory.getOWLDataProperty(IRI.create(p.getURI())),
                        factory.getOWLNamedIndividual(IRI.create(s.getURI())), literal(o, factory)));
            } else if (!kinds.contains(OWL2.AnnotationProperty.asNode()) || kinds.size() > 1) {
                return null;
            }
        }
        return axioms;
    }

    private static OWLLiteral literal(Node o, OWLDataFactory factory) {
        String lang = o.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            return factory.getOWLLiteral(o.getLiteralLexicalForm(), lang);
        }
        return factory.getOWLLiteral(o.getLiteralLexicalForm(), factory.getOWLDatatype(IRI.create(o.getLiteralDatatypeURI())));
    }
}
