package org.concert.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.concert.Html;

/**
 * The section of the page for one term: label and IRI, then a description list of what the ontology states about
 * it and where it is used. Every value from the ontology is escaped; only http(s) IRIs become links.
 */
final class TermEntry {
    private static final List<Resource> CHARACTERISTICS = List.of(OWL2.FunctionalProperty, OWL2.InverseFunctionalProperty,
            OWL2.TransitiveProperty, OWL2.SymmetricProperty, OWL2.AsymmetricProperty, OWL2.ReflexiveProperty,
            OWL2.IrreflexiveProperty);

    private final Resource term;
    private final Term info;
    private final TermNames names;
    private final Usages usages;
    private final StringBuilder out;

    private TermEntry(Resource term, Term info, TermNames names, Usages usages, StringBuilder out) {
        this.term = term;
        this.info = info;
        this.names = names;
        this.usages = usages;
        this.out = out;
    }

    /** Appends the section of {@code term} to {@code out}. */
    static void write(Resource term, Term info, TermNames names, Usages usages, StringBuilder out) {
        new TermEntry(term, info, names, usages, out).write();
    }

    private void write() {
        String kind = ReferencePage.kindId(info.kind());
        out.append("<section id=\"").append(Html.escape(info.localName())).append("\" class=\"term ").append(kind)
                .append(info.kind().isProperty() ? " property" : "").append("\">\n");
        out.append("<h3>").append(Html.escape(info.label())).append(" <span class=\"kind\">").append(Html.escape(info.kind().singular()))
                .append("</span></h3>\n");
        out.append("<p class=\"iri\"><code>").append(Html.escape(info.iri())).append("</code> <a class=\"here\" href=\"#")
                .append(Html.escape(info.localName())).append("\" title=\"link to this entry\">#</a></p>\n<dl>\n");
        texts("Definition", SKOS.definition);
        texts("Comment", RDFS.comment);
        if (!info.equivalents().isEmpty()) {
            expressions(info.kind() == Term.Kind.CLASS ? "Defined as" : "Equivalent to", OWL2.equivalentClass);
        }
        expressions(info.kind() == Term.Kind.CLASS ? "Superclasses" : "Super-properties",
                info.kind() == Term.Kind.CLASS ? RDFS.subClassOf : RDFS.subPropertyOf);
        expressions("Disjoint with", OWL2.disjointWith);
        expressions("Inverse of", OWL2.inverseOf);
        expressions("Domain", RDFS.domain);
        expressions("Range", RDFS.range);
        chain();
        characteristics();
        if (info.kind() == Term.Kind.INDIVIDUAL) {
            types();
            expressions("In scheme", SKOS.inScheme);
        }
        sources();
        usages();
        out.append("</dl>\n</section>\n");
    }

    private void texts(String heading, Property property) {
        for (String text : TermNames.texts(term, property)) {
            out.append("<dt>").append(heading).append("</dt><dd>").append(Html.escape(text)).append("</dd>\n");
        }
    }

    private void expressions(String heading, Property property) {
        List<RDFNode> values = term.listProperties(property).toList().stream().map(Statement::getObject)
                .sorted((a, b) -> Boolean.compare(a.isAnon(), b.isAnon())).toList();
        if (values.isEmpty()) {
            return;
        }
        out.append("<dt>").append(heading).append("</dt>");
        for (RDFNode value : values) {
            out.append("<dd class=\"expression\">");
            expression(ClassExpressions.render(value));
            out.append("</dd>");
        }
        out.append('\n');
    }

    private void chain() {
        Statement chain = term.getProperty(OWL2.propertyChainAxiom);
        if (chain == null) {
            return;
        }
        out.append("<dt>Property chain</dt><dd class=\"expression\">");
        List<RDFNode> links = ClassExpressions.items(chain.getObject());
        for (int i = 0; i < links.size(); i++) {
            if (i > 0) {
                out.append(" <span class=\"kw\">o</span> ");
            }
            expression(ClassExpressions.render(links.get(i)));
        }
        out.append(" <span class=\"kw\">SubPropertyOf</span> ");
        expression(ClassExpressions.render(term));
        out.append("</dd>\n");
    }

    private void characteristics() {
        List<String> held = new ArrayList<>();
        for (Resource c : CHARACTERISTICS) {
            if (term.hasProperty(RDF.type, c)) {
                held.add(c.getLocalName().replace("Property", "").toLowerCase(Locale.ROOT));
            }
        }
        if (!held.isEmpty()) {
            out.append("<dt>Characteristics</dt><dd>").append(Html.escape(String.join(", ", held))).append("</dd>\n");
        }
    }

    private void types() {
        List<RDFNode> types = term.listProperties(RDF.type).toList().stream().map(Statement::getObject)
                .filter(t -> !t.equals(OWL2.NamedIndividual)).toList();
        if (!types.isEmpty()) {
            out.append("<dt>Types</dt>");
            for (RDFNode t : types) {
                out.append("<dd class=\"expression\">");
                expression(ClassExpressions.render(t));
                out.append("</dd>");
            }
            out.append('\n');
        }
    }

    /** Where the term comes from: the ontology that defines it, cited sources, further reading. */
    private void sources() {
        links("Defined by", RDFS.isDefinedBy);
        links("Source", DCTerms.source);
        links("See also", RDFS.seeAlso);
    }

    private void links(String heading, Property property) {
        for (Statement s : term.listProperties(property).toList()) {
            out.append("<dt>").append(heading).append("</dt><dd>");
            if (s.getObject().isURIResource()) {
                link(s.getObject().asResource().getURI());
            } else if (s.getObject().isLiteral()) {
                out.append(Html.escape(s.getObject().asLiteral().getLexicalForm()));
            } else {
                expression(ClassExpressions.render(s.getObject()));
            }
            out.append("</dd>\n");
        }
    }

    private void usages() {
        for (Map.Entry<Usages.Relation, List<Resource>> use : usages.of(term).entrySet()) {
            out.append("<dt>").append(Html.escape(use.getKey().heading)).append("</dt><dd class=\"uses\">");
            List<Resource> where = use.getValue();
            for (int i = 0; i < where.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                term(where.get(i));
            }
            out.append("</dd>\n");
        }
        List<String> queries = usages.queries(term);
        if (!queries.isEmpty()) {
            out.append("<dt>Named queries</dt><dd class=\"uses\">");
            for (int i = 0; i < queries.size(); i++) {
                out.append(i == 0 ? "" : ", ").append("<code>").append(Html.escape(queries.get(i))).append("</code>");
            }
            out.append("</dd>\n");
        }
    }

    /** The parts of a rendered expression, own terms linked to their entries and other IRIs to themselves. */
    private void expression(List<ClassExpressions.Part> parts) {
        for (ClassExpressions.Part p : parts) {
            switch (p.kind()) {
                case TERM -> term(p.node().asResource());
                case LITERAL -> out.append("<span class=\"literal\">")
                        .append(Html.escape(ClassExpressions.literal(p.node().asLiteral(), names))).append("</span>");
                case KEYWORD -> out.append("<span class=\"kw\">").append(Html.escape(p.text())).append("</span>");
                default -> out.append(Html.escape(p.text()));
            }
        }
    }

    private void term(Resource r) {
        String label = TermNames.text(r, RDFS.label).orElse(null);
        String title = label == null ? "" : " title=\"" + Html.escape(label) + "\"";
        if (names.isOwn(r)) {
            out.append("<a href=\"#").append(Html.escape(names.anchor(r))).append('"').append(title).append('>')
                    .append(Html.escape(names.shortName(r))).append("</a>");
        } else if (isWebLink(r.getURI())) {
            out.append("<a class=\"external\" href=\"").append(Html.escape(r.getURI())).append('"').append(title).append('>')
                    .append(Html.escape(names.shortName(r))).append("</a>");
        } else {
            out.append(Html.escape(names.shortName(r)));
        }
    }

    private void link(String iri) {
        if (isWebLink(iri)) {
            out.append("<a href=\"").append(Html.escape(iri)).append("\">").append(Html.escape(iri)).append("</a>");
        } else {
            out.append("<code>").append(Html.escape(iri)).append("</code>");
        }
    }

    /** Only http(s) IRIs are links: an ontology may hold a {@code javascript:} IRI, which must not become one. */
    static boolean isWebLink(String iri) {
        String lower = iri.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }
}
