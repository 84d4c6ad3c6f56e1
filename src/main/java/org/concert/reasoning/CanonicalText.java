package org.concert.reasoning;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Triples as lines of text that do not depend on how they were parsed, for fingerprints: IRIs and literals as
 * they are, a blank node as a hash of what it describes (its outgoing triples, recursively), which is canonical
 * for the tree-shaped blank nodes of OWL's RDF mapping (restrictions, class expressions, lists).
 */
final class CanonicalText {
    private final Graph graph;
    private final Map<Node, String> blankNodeForms = new HashMap<>();

    /** Blank nodes are described by their triples in {@code graph}. */
    CanonicalText(Graph graph) {
        this.graph = graph;
    }

    /** One line per triple. */
    List<String> lines(Collection<Triple> triples) {
        return lines(triples, null, null);
    }

    /**
     * One line per triple, the IRI {@code renamed} written as {@code as} wherever it stands as a term of a triple
     * (a blank node that mentions it keeps its own form, which names it).
     */
    List<String> lines(Collection<Triple> triples, Node renamed, String as) {
        List<String> lines = new ArrayList<>(triples.size());
        for (Triple t : triples) {
            lines.add(form(t.getSubject(), renamed, as) + " " + form(t.getPredicate(), renamed, as) + " "
                    + form(t.getObject(), renamed, as));
        }
        return lines;
    }

    private String form(Node n, Node renamed, String as) {
        return n.equals(renamed) ? as : form(n);
    }

    private String form(Node n) {
        if (n.isURI()) {
            return n.getURI();
        }
        if (n.isLiteral()) {
            return '"' + n.getLiteralLexicalForm() + "\"^^" + n.getLiteralDatatypeURI() + "@" + n.getLiteralLanguage();
        }
        String known = blankNodeForms.get(n);
        if (known != null) {
            return known;
        }
        blankNodeForms.put(n, "_:cycle");
        List<String> lines = new ArrayList<>();
        graph.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> lines.add(form(t.getPredicate()) + " " + form(t.getObject())));
        String form = "_:" + sha256("", lines).substring(0, 32);
        blankNodeForms.put(n, form);
        return form;
    }

    /** SHA-256 of a salt and a set of lines, in sorted order so that the order of triples does not matter. */
    static String sha256(String salt, List<String> lines) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(lines));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt.getBytes(StandardCharsets.UTF_8));
            for (String line : sorted) {
                sha.update((byte) '\n');
                sha.update(line.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
