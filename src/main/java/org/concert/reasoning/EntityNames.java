package org.concert.reasoning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.ORG;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.vocab.CONCERT;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.util.ShortFormProvider;

/**
 * The names people use for what an explanation is about: individuals by acronym, ISO code or IRI, classes and
 * properties by local name; and, the other way, how an axiom names them (acronym or label) and where a data axiom
 * comes from (its {@code dcterms:source}).
 */
final class EntityNames implements ShortFormProvider {
    private static final Node ISO_ALPHA3 = NodeFactory.createURI(CONCERT.NS + "isoAlpha3");
    private static final Node ISO_ALPHA2 = NodeFactory.createURI(CONCERT.NS + "isoAlpha2");

    private final Map<String, String> shortForms = new HashMap<>();
    private final Map<String, Node> individuals = new HashMap<>();
    private final Graph schema;
    private final Graph data;

    EntityNames(Graph schema, Graph data) {
        this.schema = schema;
        this.data = data;
        for (Graph g : List.of(schema, data)) {
            g.find(Node.ANY, RDFS.label.asNode(), Node.ANY).forEachRemaining(t -> {
                if (t.getSubject().isURI() && t.getObject().isLiteral()) {
                    shortForms.putIfAbsent(t.getSubject().getURI(), t.getObject().getLiteralLexicalForm());
                }
            });
        }
        data.find(Node.ANY, CONCERT.acronym, Node.ANY).forEachRemaining(t -> {
            shortForms.put(t.getSubject().getURI(), t.getObject().getLiteralLexicalForm());
            individuals.put(t.getObject().getLiteralLexicalForm().toLowerCase(), t.getSubject());
        });
        for (Node code : List.of(ISO_ALPHA3, ISO_ALPHA2)) {
            data.find(Node.ANY, code, Node.ANY).forEachRemaining(t ->
                    individuals.putIfAbsent(t.getObject().getLiteralLexicalForm().toLowerCase(), t.getSubject()));
        }
    }

    @Override
    public String getShortForm(OWLEntity entity) {
        String iri = entity.getIRI().toString();
        if (entity.isOWLClass() || entity.isOWLObjectProperty() || entity.isOWLDataProperty()) {
            return entity.getIRI().getShortForm();
        }
        return shortForms.getOrDefault(iri, entity.getIRI().getShortForm());
    }

    /** The individual a person named, or UNKNOWN_ENTITY. */
    Node individual(String name) {
        Node byName = individuals.get(name.toLowerCase());
        if (byName != null) {
            return byName;
        }
        if (name.contains("://")) {
            Node n = NodeFactory.createURI(name);
            if (data.contains(n, Node.ANY, Node.ANY)) {
                return n;
            }
        }
        throw new ConcertException(ErrorCode.UNKNOWN_ENTITY, "no state, organization or other individual of that name",
                name, -1, -1, null);
    }

    /** The class or object property a person named, in Concert's namespace or the Organization Ontology's. */
    Node term(String name) {
        List<String> candidates = new ArrayList<>();
        if (name.contains("://")) {
            candidates.add(name);
        } else {
            String local = name.contains(":") ? name.substring(name.indexOf(':') + 1) : name;
            candidates.add(CONCERT.NS + local);
            candidates.add(ORG.NS + local);
        }
        for (String c : candidates) {
            Node n = NodeFactory.createURI(c);
            if (isClass(n) || schema.contains(n, RDF.type.asNode(), OWL2.ObjectProperty.asNode())) {
                return n;
            }
        }
        throw new ConcertException(ErrorCode.UNKNOWN_ENTITY, "no class or object property of that name", name, -1, -1, null);
    }

    /** Whether the schema declares {@code term} a class. */
    boolean isClass(Node term) {
        return schema.contains(term, RDF.type.asNode(), OWL2.Class.asNode());
    }

    /** The sources of what the data says about {@code subject}, by label, or null. */
    String sources(Node subject) {
        List<String> labels = new ArrayList<>();
        data.find(subject, DCTerms.source.asNode(), Node.ANY).forEachRemaining(t -> labels.add(label(t.getObject())));
        return joined(labels);
    }

    /** The sources of the annotated statement {@code s p o}, by label, or null. */
    String axiomSources(Node s, Node p, Node o) {
        List<String> labels = new ArrayList<>();
        for (Triple ax : data.find(Node.ANY, OWL2.annotatedSource.asNode(), s).toList()) {
            Node a = ax.getSubject();
            if (data.contains(a, OWL2.annotatedProperty.asNode(), p) && data.contains(a, OWL2.annotatedTarget.asNode(), o)) {
                data.find(a, DCTerms.source.asNode(), Node.ANY).forEachRemaining(t -> labels.add(label(t.getObject())));
            }
        }
        return joined(labels);
    }

    private String label(Node source) {
        return shortForms.getOrDefault(source.toString(), source.toString());
    }

    private static String joined(List<String> labels) {
        return labels.isEmpty() ? null : String.join("; ", labels.stream().sorted().toList());
    }
}
