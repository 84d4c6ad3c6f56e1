package org.concert.docs;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shared.PrefixMapping;

/**
 * How the documentation names terms: a term of the documented namespace by its local name (also its anchor on the
 * page), any other by its prefixed name ({@code org:hasMember}) or, without a prefix, its full IRI.
 */
final class TermNames {
    private final String namespace;
    private final PrefixMapping prefixes;

    TermNames(String namespace, PrefixMapping prefixes) {
        this.namespace = namespace;
        this.prefixes = prefixes;
    }

    /** The namespace whose terms the page documents. */
    String namespace() {
        return namespace;
    }

    /** Whether {@code r} is a term of the documented namespace (and so has an anchor on the page). */
    boolean isOwn(Resource r) {
        return r.isURIResource() && r.getURI().startsWith(namespace) && r.getURI().length() > namespace.length();
    }

    /** The anchor of an own term: its local name. */
    String anchor(Resource r) {
        return r.getURI().substring(namespace.length());
    }

    /** The short name of a term: the local name of an own term, else its prefixed name, else {@code <IRI>}. */
    String shortName(Resource r) {
        if (isOwn(r)) {
            return anchor(r);
        }
        String qname = prefixes.qnameFor(r.getURI());
        return qname != null ? qname : "<" + r.getURI() + ">";
    }

    /**
     * The value of an annotation in the preferred language: English, then no language, then any (the first in
     * lexical order, so that the page does not depend on the order in which triples were parsed).
     */
    static Optional<String> text(Resource subject, Property property) {
        return texts(subject, property).stream().findFirst();
    }

    /** Every literal value of an annotation, English and untagged first, each once. */
    static List<String> texts(Resource subject, Property property) {
        return subject.listProperties(property).toList().stream().map(s -> s.getObject())
                .filter(RDFNode::isLiteral).map(RDFNode::asLiteral)
                .sorted(Comparator.comparingInt(TermNames::languageRank).thenComparing(Literal::getLexicalForm))
                .map(Literal::getLexicalForm).distinct().toList();
    }

    private static int languageRank(Literal l) {
        String lang = l.getLanguage().toLowerCase(Locale.ROOT);
        return lang.equals("en") || lang.startsWith("en-") ? 0 : lang.isEmpty() ? 1 : 2;
    }
}
