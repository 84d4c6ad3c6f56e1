package org.concert.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;

/**
 * Renders OWL class expressions, read from their RDF mapping, in a plain notation close to the Manchester syntax:
 * {@code RegionalOrganization and (performsFunction some SecurityFunction)}. The result is a list of parts rather
 * than a string, so that the page can link each named term while tests and the plain text read the same parts.
 */
final class ClassExpressions {
    /** Deeper than any sensible expression: guards against a cyclic list or restriction in a broken input. */
    private static final int MAX_DEPTH = 32;
    private static final Map<String, String> FACETS = Map.of(
            XSD.getURI() + "minInclusive", ">=", XSD.getURI() + "maxInclusive", "<=",
            XSD.getURI() + "minExclusive", ">", XSD.getURI() + "maxExclusive", "<");

    /** What a part of a rendered expression is. */
    enum Kind { TEXT, KEYWORD, TERM, LITERAL }

    /** A piece of a rendered expression: fixed text, an OWL keyword, a named term or a literal. */
    record Part(Kind kind, String text, RDFNode node) {
        static Part text(String text) {
            return new Part(Kind.TEXT, text, null);
        }

        static Part keyword(String text) {
            return new Part(Kind.KEYWORD, text, null);
        }
    }

    private ClassExpressions() {
    }

    /** The parts of {@code expression}, a named class or an anonymous class expression (or data range). */
    static List<Part> render(RDFNode expression) {
        List<Part> parts = new ArrayList<>();
        expression(expression, parts, 0);
        return parts;
    }

    /** The named terms an expression mentions (classes, properties, individuals), in order of mention. */
    static List<Resource> mentions(List<Part> parts) {
        return parts.stream().filter(p -> p.kind() == Kind.TERM).map(p -> p.node().asResource()).distinct().toList();
    }

    /** The expression as plain text, naming each term with {@code names}. */
    static String plain(List<Part> parts, TermNames names) {
        return parts.stream().map(p -> switch (p.kind()) {
            case TERM -> names.shortName(p.node().asResource());
            case LITERAL -> literal(p.node().asLiteral(), names);
            default -> p.text();
        }).collect(Collectors.joining());
    }

    /** A literal as the notation writes it: numbers and booleans bare, strings quoted, others typed. */
    static String literal(Literal literal, TermNames names) {
        String type = literal.getDatatypeURI();
        String lexical = literal.getLexicalForm();
        if (type == null || type.equals(XSD.xstring.getURI())) {
            return '"' + lexical + '"';
        }
        if (type.equals(RDF.dtLangString.getURI())) {
            return '"' + lexical + "\"@" + literal.getLanguage();
        }
        if (type.equals(XSD.xboolean.getURI()) || isNumber(type)) {
            return lexical;
        }
        return '"' + lexical + "\"^^" + names.shortName(ResourceFactory.createResource(type));
    }

    private static boolean isNumber(String type) {
        return type.startsWith(XSD.getURI()) && (type.endsWith("nteger") || type.endsWith("ecimal")
                || type.endsWith("ouble") || type.endsWith("float") || type.endsWith("#int") || type.endsWith("#long")
                || type.endsWith("#short") || type.endsWith("#byte"));
    }

    private static void expression(RDFNode node, List<Part> out, int depth) {
        if (depth > MAX_DEPTH) {
            out.add(Part.text("..."));
            return;
        }
        if (node.isLiteral()) {
            out.add(new Part(Kind.LITERAL, null, node));
            return;
        }
        Resource r = node.asResource();
        if (r.isURIResource()) {
            out.add(new Part(Kind.TERM, null, r));
            return;
        }
        RDFNode operands;
        if ((operands = object(r, OWL2.intersectionOf)) != null) {
            join(operands, " and ", out, depth);
        } else if ((operands = object(r, OWL2.unionOf)) != null) {
            join(operands, " or ", out, depth);
        } else if ((operands = object(r, OWL2.complementOf)) != null) {
            out.add(Part.keyword("not"));
            out.add(Part.text(" "));
            operand(operands, out, depth);
        } else if ((operands = object(r, OWL2.datatypeComplementOf)) != null) {
            out.add(Part.keyword("not"));
            out.add(Part.text(" "));
            operand(operands, out, depth);
        } else if ((operands = object(r, OWL2.oneOf)) != null) {
            out.add(Part.text("{"));
            List<RDFNode> members = items(operands);
            for (int i = 0; i < members.size(); i++) {
                out.add(Part.text(i == 0 ? "" : ", "));
                expression(members.get(i), out, depth + 1);
            }
            out.add(Part.text("}"));
        } else if ((operands = object(r, OWL2.inverseOf)) != null) {
            out.add(Part.keyword("inverse"));
            out.add(Part.text(" "));
            operand(operands, out, depth);
        } else if ((operands = object(r, OWL2.onDatatype)) != null) {
            datatypeRestriction(r, operands, out, depth);
        } else if (r.hasProperty(OWL2.onProperty)) {
            restriction(r, out, depth);
        } else {
            out.add(Part.text("[an anonymous class the notation does not cover]"));
        }
    }

    private static void restriction(Resource r, List<Part> out, int depth) {
        operand(object(r, OWL2.onProperty), out, depth);
        RDFNode filler;
        if ((filler = object(r, OWL2.someValuesFrom)) != null) {
            filled(" some ", filler, out, depth);
        } else if ((filler = object(r, OWL2.allValuesFrom)) != null) {
            filled(" only ", filler, out, depth);
        } else if ((filler = object(r, OWL2.hasValue)) != null) {
            filled(" value ", filler, out, depth);
        } else if (r.hasProperty(OWL2.hasSelf)) {
            out.add(Part.text(" "));
            out.add(Part.keyword("Self"));
        } else {
            cardinality(r, out, depth);
        }
    }

    private static void cardinality(Resource r, List<Part> out, int depth) {
        Property[][] kinds = {
            {OWL2.minCardinality, OWL2.minQualifiedCardinality},
            {OWL2.maxCardinality, OWL2.maxQualifiedCardinality},
            {OWL2.cardinality, OWL2.qualifiedCardinality}};
        String[] words = {"min", "max", "exactly"};
        for (int i = 0; i < kinds.length; i++) {
            RDFNode n = object(r, kinds[i][0]);
            RDFNode qualified = object(r, kinds[i][1]);
            if (n != null || qualified != null) {
                out.add(Part.text(" "));
                out.add(Part.keyword(words[i]));
                out.add(Part.text(" " + (n != null ? n : qualified).asLiteral().getLexicalForm()));
                RDFNode onClass = object(r, OWL2.onClass) != null ? object(r, OWL2.onClass) : object(r, OWL2.onDataRange);
                if (qualified != null && onClass != null) {
                    out.add(Part.text(" "));
                    operand(onClass, out, depth);
                }
                return;
            }
        }
        out.add(Part.text(" [a restriction the notation does not cover]"));
    }

    /** {@code xsd:nonNegativeInteger[>= 40]}. */
    private static void datatypeRestriction(Resource r, RDFNode datatype, List<Part> out, int depth) {
        expression(datatype, out, depth + 1);
        out.add(Part.text("["));
        RDFNode facets = object(r, OWL2.withRestrictions);
        List<RDFNode> all = facets == null ? List.of() : items(facets);
        for (int i = 0; i < all.size(); i++) {
            out.add(Part.text(i == 0 ? "" : ", "));
            if (!all.get(i).isResource()) {
                continue;
            }
            for (Statement facet : all.get(i).asResource().listProperties().toList()) {
                out.add(Part.text(FACETS.getOrDefault(facet.getPredicate().getURI(), facet.getPredicate().getLocalName()) + " "));
                expression(facet.getObject(), out, depth + 1);
            }
        }
        out.add(Part.text("]"));
    }

    private static void filled(String word, RDFNode filler, List<Part> out, int depth) {
        out.add(Part.text(" "));
        out.add(Part.keyword(word.strip()));
        out.add(Part.text(" "));
        operand(filler, out, depth);
    }

    private static void join(RDFNode list, String word, List<Part> out, int depth) {
        List<RDFNode> operands = items(list);
        for (int i = 0; i < operands.size(); i++) {
            if (i > 0) {
                out.add(Part.text(" "));
                out.add(Part.keyword(word.strip()));
                out.add(Part.text(" "));
            }
            operand(operands.get(i), out, depth);
        }
    }

    /** An operand inside a larger expression: compound ones in parentheses, so that the reading is unambiguous. */
    private static void operand(RDFNode node, List<Part> out, int depth) {
        boolean compound = node.isAnon() && !node.asResource().hasProperty(OWL2.oneOf)
                && !node.asResource().hasProperty(OWL2.onDatatype);
        if (compound) {
            out.add(Part.text("("));
        }
        expression(node, out, depth + 1);
        if (compound) {
            out.add(Part.text(")"));
        }
    }

    private static RDFNode object(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s == null ? null : s.getObject();
    }

    /** The items of an RDF list (or the node itself when it is not a list). */
    static List<RDFNode> items(RDFNode node) {
        if (!node.isResource() || !node.canAs(RDFList.class)) {
            return List.of(node);
        }
        List<RDFNode> items = new ArrayList<>();
        // Walked by hand, with a bound, rather than RDFList.asJavaList(), which loops on a cyclic list.
        Resource cell = node.asResource();
        while (cell != null && !cell.equals(RDF.nil) && items.size() < 10_000) {
            RDFNode first = object(cell, RDF.first);
            if (first == null) {
                break;
            }
            items.add(first);
            RDFNode rest = object(cell, RDF.rest);
            cell = rest != null && rest.isResource() ? rest.asResource() : null;
        }
        return items;
    }
}
