package org.concert.docs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.concert.query.NamedQuery;

/**
 * Where each term is used: the reverse of what each entry states (the classes whose definitions mention a class or
 * property, the properties whose domain or range it is, its subclasses, instances and sub-properties), and the named
 * queries whose text names it.
 */
final class Usages {
    /** The relations, in the order an entry lists them. */
    enum Relation {
        SUBCLASS("Subclasses"),
        DEFINITION("Used in the definition of"),
        SUPERCLASS_EXPRESSION("Used in a superclass of"),
        DISJOINT("Disjoint with"),
        DOMAIN("Domain of"),
        RANGE("Range of"),
        SUB_PROPERTY("Sub-properties"),
        INVERSE("Inverse of"),
        CHAIN("In the property chain of"),
        INSTANCE("Instances");

        final String heading;

        Relation(String heading) {
            this.heading = heading;
        }
    }

    /** The properties whose objects a term is used by, each with the relation it shows under (besides subClassOf). */
    private static final Map<Property, Relation> LINKS = linked();

    private static final Pattern PREFIX = Pattern.compile("(?i)PREFIX\\s+([A-Za-z][\\w.-]*)?:\\s*<([^>]*)>");

    private final TermNames names;
    private final Map<Resource, Map<Relation, Set<Resource>>> uses = new LinkedHashMap<>();
    private final Map<Resource, List<String>> queries = new LinkedHashMap<>();

    private Usages(TermNames names) {
        this.names = names;
    }

    private static Map<Property, Relation> linked() {
        Map<Property, Relation> links = new LinkedHashMap<>();
        links.put(OWL2.equivalentClass, Relation.DEFINITION);
        links.put(OWL2.disjointWith, Relation.DISJOINT);
        links.put(RDFS.domain, Relation.DOMAIN);
        links.put(RDFS.range, Relation.RANGE);
        links.put(RDFS.subPropertyOf, Relation.SUB_PROPERTY);
        links.put(OWL2.inverseOf, Relation.INVERSE);
        links.put(OWL2.propertyChainAxiom, Relation.CHAIN);
        links.put(RDF.type, Relation.INSTANCE);
        return links;
    }

    /** The usages of every own term of {@code model} among {@code terms}, and in {@code namedQueries}. */
    static Usages of(Model model, Collection<Resource> terms, TermNames names, List<NamedQuery> namedQueries) {
        Usages u = new Usages(names);
        for (Resource t : terms) {
            for (RDFNode e : objects(t, RDFS.subClassOf)) {
                u.mentioned(e, e.isURIResource() ? Relation.SUBCLASS : Relation.SUPERCLASS_EXPRESSION, t);
            }
            LINKS.forEach((property, relation) -> objects(t, property).forEach(e -> u.mentioned(e, relation, t)));
        }
        for (NamedQuery q : namedQueries) {
            for (Resource t : terms) {
                if (mentions(q.text(), t, names.namespace())) {
                    u.queries.computeIfAbsent(t, k -> new ArrayList<>()).add(q.name());
                }
            }
        }
        return u;
    }

    /** How {@code term} is used, by relation, each in the order found; relations without a use left out. */
    Map<Relation, List<Resource>> of(Resource term) {
        Map<Relation, List<Resource>> byRelation = new EnumMap<>(Relation.class);
        uses.getOrDefault(term, Map.of()).forEach((relation, where) -> byRelation.put(relation, List.copyOf(where)));
        return byRelation;
    }

    /** The names of the named queries that mention {@code term}. */
    List<String> queries(Resource term) {
        return queries.getOrDefault(term, List.of());
    }

    private void mentioned(RDFNode expression, Relation relation, Resource user) {
        List<Resource> mentioned = relation == Relation.CHAIN ? chain(expression)
                : ClassExpressions.mentions(ClassExpressions.render(expression));
        for (Resource m : mentioned) {
            if (!m.equals(user) && names.isOwn(m)) {
                uses.computeIfAbsent(m, k -> new LinkedHashMap<>()).computeIfAbsent(relation, k -> new LinkedHashSet<>()).add(user);
            }
        }
    }

    private static List<Resource> chain(RDFNode list) {
        List<Resource> links = new ArrayList<>();
        for (RDFNode item : ClassExpressions.items(list)) {
            links.addAll(ClassExpressions.mentions(ClassExpressions.render(item)));
        }
        return links;
    }

    private static List<RDFNode> objects(Resource subject, Property property) {
        return subject.listProperties(property).toList().stream().map(Statement::getObject).toList();
    }

    /**
     * Whether a query's text names {@code term}: by its full IRI, or by a prefixed name under any prefix the query
     * declares for the namespace (a whole name: {@code concert:State} is not found in {@code concert:StateX}).
     */
    static boolean mentions(String query, Resource term, String namespace) {
        String local = term.getURI().substring(namespace.length());
        if (query.contains("<" + term.getURI() + ">")) {
            return true;
        }
        Matcher prefix = PREFIX.matcher(query);
        while (prefix.find()) {
            if (prefix.group(2).equals(namespace)) {
                String declared = prefix.group(1) == null ? "" : prefix.group(1);
                Pattern name = Pattern.compile("(?<![\\w.:-])" + Pattern.quote(declared + ":" + local) + "(?![\\w-])");
                if (name.matcher(query.substring(prefix.end())).find()) {
                    return true;
                }
            }
        }
        return false;
    }
}
