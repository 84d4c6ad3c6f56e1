package org.concert.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.ORG;
import org.concert.vocab.CONCERT;

/**
 * Synthetic knowledge bases for scale tests and benchmarks: {@code factor - 1} renamed copies of every
 * inter-state organization (its types, functions, scope, recognition, establishment, acronym with a suffix) and of
 * its membership records, over the same states. Copy {@code k} leaves out every fifth membership record of each
 * organization, starting at a different one for each {@code k mod 5}, so the copies are not isomorphic to the
 * original or to their neighbours and no cache entry of one answers another. Factor 1 adds nothing.
 */
public final class SyntheticScale {
    private static final Node MEMBERSHIP = ORG.Membership.asNode();
    private static final Node ORGANIZATION = ORG.organization.asNode();

    private SyntheticScale() {
    }

    /** The copies to add to {@code data} (the bundled data graph) for a knowledge base {@code factor} times its size. */
    public static Graph copies(Graph data, int factor) {
        Map<Node, List<Node>> records = new TreeMap<>((a, b) -> a.getURI().compareTo(b.getURI()));
        data.find(Node.ANY, RDF.type.asNode(), CONCERT.InterStateOrganization)
                .forEachRemaining(t -> records.put(t.getSubject(), new ArrayList<>()));
        data.find(Node.ANY, ORGANIZATION, Node.ANY).forEachRemaining(t -> {
            List<Node> of = records.get(t.getObject());
            if (of != null && data.contains(t.getSubject(), RDF.type.asNode(), MEMBERSHIP)) {
                of.add(t.getSubject());
            }
        });
        records.values().forEach(list -> list.sort((a, b) -> a.getURI().compareTo(b.getURI())));
        Graph out = GraphFactory.createGraphMem();
        for (int k = 1; k < factor; k++) {
            String suffix = "-x" + k;
            Map<Node, Node> renamed = new HashMap<>();
            records.keySet().forEach(o -> renamed.put(o, NodeFactory.createURI(o.getURI() + suffix)));
            for (Map.Entry<Node, List<Node>> org : records.entrySet()) {
                copy(data, org.getKey(), renamed.get(org.getKey()), renamed, suffix, out);
                List<Node> list = org.getValue();
                for (int r = 0; r < list.size(); r++) {
                    if (r % 5 != k % 5) {
                        copy(data, list.get(r), NodeFactory.createURI(list.get(r).getURI() + suffix), renamed, suffix, out);
                    }
                }
            }
        }
        return out;
    }

    /** Copies what {@code from} says (blank-node structures deeply) as {@code to}, renaming the copied organizations. */
    private static void copy(Graph data, Node from, Node to, Map<Node, Node> renamed, String suffix, Graph out) {
        for (Triple t : data.find(from, Node.ANY, Node.ANY).toList()) {
            Node p = t.getPredicate();
            Node o = t.getObject();
            if (p.equals(RDFS.comment.asNode())) {
                continue;
            }
            if (o.isBlank()) {
                Node copy = NodeFactory.createBlankNode();
                copy(data, o, copy, renamed, suffix, out);
                o = copy;
            } else if (renamed.containsKey(o)) {
                o = renamed.get(o);
            } else if (p.equals(CONCERT.acronym) || p.equals(RDFS.label.asNode())) {
                o = NodeFactory.createLiteralLang(o.getLiteralLexicalForm() + suffix, o.getLiteralLanguage());
            }
            out.add(Triple.create(to, p, o));
        }
    }
}
