package org.concert.reasoning;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.ORG;
import org.concert.vocab.CONCERT;

/**
 * Chooses what HermiT sees. Realization grows badly with a large connected ABox, so the reasoner gets the
 * schema without its annotations (labels, definitions, comments: no logical meaning), the snapshot, and from the data only the types and object-property links of named individuals —
 * not the dated membership records, their intervals and instants, the sources, the claims, the roles in
 * settlements, the axiom annotations, the labels or the links to external datasets. Those stay in Jena, where queries read them.
 */
final class ReasonerInput {
    private static final Set<Node> RECORD_TYPES = Set.of(
            ORG.Membership.asNode(), CONCERT.TIME_Interval, CONCERT.TIME_Instant, CONCERT.Source,
            CONCERT.Claim, CONCERT.SettlementRole,
            OWL2.Ontology.asNode(), OWL2.Axiom.asNode());
    private static final Set<Node> BUILT_IN_ANNOTATIONS = Set.of(RDFS.label.asNode(), RDFS.comment.asNode(),
            RDFS.seeAlso.asNode(), RDFS.isDefinedBy.asNode(), OWL2.versionInfo.asNode(), OWL2.deprecated.asNode());
    private static final Set<Node> LINKS_OUT_OF_SCOPE = Set.of(SKOS.exactMatch.asNode(), SKOS.inScheme.asNode());

    private ReasonerInput() {
    }

    /**
     * The graph handed to the reasoner's main pass: schema and snapshot links whole, data filtered. The
     * snapshot's closure axioms go to the closure pass instead (see {@link HermitReasoner}).
     */
    public static Graph select(Graph schema, Graph data, Graph snapshot) {
        Graph input = GraphFactory.createGraphMem();
        // Annotations (labels, definitions, comments, sources) mean nothing to a reasoner; declarations stay.
        Set<Node> annotations = new HashSet<>(BUILT_IN_ANNOTATIONS);
        schema.find(Node.ANY, RDF.type.asNode(), OWL2.AnnotationProperty.asNode())
                .forEachRemaining(t -> annotations.add(t.getSubject()));
        schema.find().forEachRemaining(t -> {
            if (!t.getPredicate().equals(OWL2.imports.asNode()) && !annotations.contains(t.getPredicate())) {
                input.add(t);
            }
        });
        snapshot.find().forEachRemaining(input::add);
        Set<Node> objectProperties = new HashSet<>();
        schema.find(Node.ANY, RDF.type.asNode(), OWL2.ObjectProperty.asNode())
                .forEachRemaining(t -> objectProperties.add(t.getSubject()));
        objectProperties.removeAll(LINKS_OUT_OF_SCOPE);
        Set<Node> records = new HashSet<>();
        for (Node type : RECORD_TYPES) {
            data.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> records.add(t.getSubject()));
        }
        data.find().forEachRemaining(t -> {
            if (keep(t, records, objectProperties)) {
                input.add(t);
            }
        });
        return input;
    }

    private static boolean keep(Triple t, Set<Node> records, Set<Node> objectProperties) {
        Node s = t.getSubject();
        Node p = t.getPredicate();
        return s.isURI() && (p.equals(RDF.type.asNode()) || objectProperties.contains(p)) && !records.contains(s);
    }
}
