package org.concert.reasoning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/**
 * The reasoner input cut, on the Jena side, into one module per named individual: the individual's own
 * assertions (its types, including anonymous class expressions such as the membership closure, its links and
 * values), the links that point at it, and for each neighbour only the neighbour's named types that can matter
 * (see {@link NeighbourRelevance}). Everything else is the terminology, shared by every module.
 *
 * <p>Each module has a fingerprint: a SHA-256 over a canonical text of its triples (blank nodes replaced by a
 * hash of what they describe, which is canonical for the tree-shaped blank nodes of OWL's RDF mapping) and the
 * fingerprint of the terminology. Equal fingerprints mean equal modules, whatever the date or the process.
 */
final class AboxModules {
    /** Namespaces of OWL's, RDF's and XML Schema's own terms, which are never individuals. */
    private static final Set<String> META_NAMESPACES = Set.of(OWL2.NS, RDF.uri, RDFS.uri, XSD.NS);
    private static final Set<Node> DECLARATIONS = Set.of(OWL2.Class.asNode(), OWL2.ObjectProperty.asNode(),
            OWL2.DatatypeProperty.asNode(), OWL2.AnnotationProperty.asNode(), RDFS.Datatype.asNode());

    private final Graph graph;
    private final Set<Node> isIndividual = new HashSet<>();
    private final SortedSet<Node> individuals = new TreeSet<>(AboxModules::compare);
    private final Map<Node, List<Triple>> own = new HashMap<>();
    private final Map<Node, List<Triple>> incoming = new HashMap<>();
    private final Map<Node, SortedSet<Node>> successors = new HashMap<>();
    private final Map<Node, Map<Node, Set<String>>> links = new HashMap<>();
    private final Map<Node, SortedSet<Node>> assertedTypes = new HashMap<>();
    private final Map<Node, List<Triple>> expressions = new HashMap<>();
    private final List<Triple> terminology = new ArrayList<>();
    private final Map<Node, List<Triple>> declarations = new HashMap<>();
    private final Map<Node, Set<Node>> declaredKinds = new HashMap<>();
    private final SortedSet<Node> terminologyIndividuals = new TreeSet<>(AboxModules::compare);
    private final CanonicalText text;

    private AboxModules(Graph graph) {
        this.graph = graph;
        this.text = new CanonicalText(graph);
    }

    /** The modules of {@code graph} (the reasoner input with the snapshot's closure axioms). */
    static AboxModules of(Graph graph) {
        return new AboxModules(graph).index();
    }

    private AboxModules index() {
        Set<Node> terms = new HashSet<>();
        graph.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            Node type = t.getObject();
            if (isBuiltIn(type) && !type.equals(OWL2.NamedIndividual.asNode()) && !type.equals(OWL2.Thing.asNode())) {
                terms.add(t.getSubject());
            }
        });
        Set<Node> objectProperties = graph.find(Node.ANY, RDF.type.asNode(), OWL2.ObjectProperty.asNode())
                .mapWith(Triple::getSubject).toSet();
        graph.find().forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.isURI() && !terms.contains(s) && !isBuiltIn(s)) {
                isIndividual.add(s);
                if (objectProperties.contains(t.getPredicate()) && t.getObject().isURI()) {
                    isIndividual.add(t.getObject());
                }
            }
        });
        individuals.addAll(isIndividual);
        Set<Triple> owned = new HashSet<>();
        for (Node i : individuals) {
            List<Triple> mine = new ArrayList<>();
            SortedSet<Node> next = new TreeSet<>(AboxModules::compare);
            SortedSet<Node> types = new TreeSet<>(AboxModules::compare);
            List<Triple> expression = new ArrayList<>();
            graph.find(i, Node.ANY, Node.ANY).forEachRemaining(t -> {
                Node o = t.getObject();
                if (o.isBlank()) {
                    expression.add(t);
                    Set<Node> named = new HashSet<>();
                    describe(o, expression, named);
                    String edge = t.getPredicate().equals(RDF.type.asNode()) ? closedProperty(o) : NeighbourRelevance.ANY;
                    named.forEach(n -> link(i, n, edge));
                    return;
                }
                mine.add(t);
                if (t.getPredicate().equals(RDF.type.asNode()) && o.isURI()) {
                    types.add(o);
                } else if (isIndividual.contains(o) && !o.equals(i)) {
                    next.add(o);
                    link(i, o, t.getPredicate().getURI());
                }
            });
            if (!expression.isEmpty()) {
                expressions.put(i, expression);
            }
            owned.addAll(mine);
            owned.addAll(expression);
            own.put(i, mine);
            assertedTypes.put(i, types);
            successors.put(i, next);
        }
        for (Node i : individuals) {
            List<Triple> in = new ArrayList<>();
            graph.find(Node.ANY, Node.ANY, i).forEachRemaining(t -> {
                Node s = t.getSubject();
                if (!s.equals(i) && isIndividual.contains(s) && !t.getPredicate().equals(RDF.type.asNode())) {
                    in.add(t);
                    link(i, s, "^" + t.getPredicate().getURI());
                }
            });
            incoming.put(i, in);
        }
        graph.find().forEachRemaining(t -> {
            if (!owned.contains(t)) {
                terminology.add(t);
            }
        });
        for (Triple t : terminology) {
            if (isIndividual.contains(t.getObject())) {
                terminologyIndividuals.add(t.getObject());
            }
            if (t.getPredicate().equals(RDF.type.asNode()) && DECLARATIONS.contains(t.getObject())) {
                declarations.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t);
                declaredKinds.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(t.getObject());
            }
        }
        return this;
    }

    private void link(Node home, Node neighbour, String edge) {
        links.computeIfAbsent(home, k -> sortedMap()).computeIfAbsent(neighbour, k -> new TreeSet<>()).add(edge);
    }

    /** The links between two individuals seen from {@code home}: {@code p} its own, {@code ^p} the neighbour's, {@code *} a mention. */
    Set<String> links(Node home, Node neighbour) {
        return links.getOrDefault(home, Map.of()).getOrDefault(neighbour, Set.of(NeighbourRelevance.ANY));
    }

    /** The triples below a blank node of an individual's class expression, and the individuals it names. */
    private void describe(Node blank, List<Triple> into, Set<Node> named) {
        graph.find(blank, Node.ANY, Node.ANY).forEachRemaining(t -> {
            into.add(t);
            Node o = t.getObject();
            if (o.isBlank()) {
                describe(o, into, named);
            } else if (isIndividual.contains(o)) {
                named.add(o);
            }
        });
    }

    /**
     * The property {@code p} when {@code blank} is a closure {@code ∀p.{a, b, ...}} over a named property: the
     * individuals it names can reach the instance only as its {@code p}-values (a {@code p}-value merged with
     * one of them), so their types matter through {@code p} alone. Any other expression: {@code *}.
     */
    private String closedProperty(Node blank) {
        Node property = single(blank, OWL2.onProperty.asNode());
        Node filler = single(blank, OWL2.allValuesFrom.asNode());
        boolean closure = property != null && property.isURI() && filler != null && filler.isBlank()
                && graph.find(blank, Node.ANY, Node.ANY).toList().size() == 3
                && single(filler, OWL2.oneOf.asNode()) != null
                && graph.find(filler, Node.ANY, Node.ANY).filterDrop(t -> t.getPredicate().equals(RDF.type.asNode())).toList().size() == 1;
        return closure ? property.getURI() : NeighbourRelevance.ANY;
    }

    private Node single(Node subject, Node predicate) {
        List<Triple> found = graph.find(subject, predicate, Node.ANY).toList();
        return found.size() == 1 ? found.get(0).getObject() : null;
    }

    private static boolean isBuiltIn(Node n) {
        return n.isURI() && META_NAMESPACES.contains(n.getNameSpace());
    }

    /** Every named individual, in IRI order. */
    SortedSet<Node> individuals() {
        return individuals;
    }

    /** The named classes the input asserts of {@code individual}. */
    SortedSet<Node> assertedTypes(Node individual) {
        return assertedTypes.getOrDefault(individual, new TreeSet<>(AboxModules::compare));
    }

    /** The individuals linked to {@code individual} in either direction, or named in its class expressions. */
    Set<Node> neighbours(Node individual) {
        return links.getOrDefault(individual, Map.of()).keySet();
    }

    /** The individuals that {@code individual} links to (not those that link to it). */
    SortedSet<Node> successors(Node individual) {
        return successors.get(individual);
    }

    /** The individuals the terminology names (in {@code owl:hasValue} or {@code owl:oneOf}): neighbours of every module. */
    SortedSet<Node> terminologyIndividuals() {
        return terminologyIndividuals;
    }

    /** The terminology, with what the individuals it names assert about themselves (their types, say). */
    Graph terminologyGraph() {
        Graph g = GraphFactory.createGraphMem();
        terminology.forEach(g::add);
        terminologyIndividuals.forEach(i -> {
            own.get(i).forEach(g::add);
            expressions(i).forEach(g::add);
        });
        return g;
    }

    /**
     * The assertions of the modules of {@code homes} (each home's own, and those pointing at it), with the
     * terminology's declarations of what they use, so that a parser can tell object from data properties and
     * classes from individuals.
     */
    Graph assertionGraph(Collection<Node> homes) {
        Graph g = GraphFactory.createGraphMem();
        for (Node h : homes) {
            own.get(h).forEach(g::add);
            incoming.get(h).forEach(g::add);
        }
        return declared(g);
    }

    /** The anonymous class expressions {@code home} is asserted to be an instance of (a membership closure), with declarations. */
    Graph expressionGraph(Node home) {
        Graph g = GraphFactory.createGraphMem();
        expressions(home).forEach(g::add);
        return declared(g);
    }

    private Graph declared(Graph g) {
        Set<Node> used = new HashSet<>();
        g.find().forEachRemaining(t -> {
            used.add(t.getPredicate());
            used.add(t.getObject());
        });
        used.forEach(n -> declarations.getOrDefault(n, List.of()).forEach(g::add));
        return g;
    }

    /** The kinds each property and class of the terminology is declared as (owl:ObjectProperty, owl:Class, ...). */
    Map<Node, Set<Node>> declarations() {
        return declaredKinds;
    }

    /** The triples {@code home} asserts about itself. */
    List<Triple> own(Node home) {
        return own.get(home);
    }

    /**
     * The class expressions {@code home} is asserted to belong to (a membership closure), as triples of their blank
     * nodes; none for most individuals.
     */
    List<Triple> expressions(Node home) {
        return expressions.getOrDefault(home, List.of());
    }

    /** The triples that point to {@code home}. */
    List<Triple> incoming(Node home) {
        return incoming.get(home);
    }

    /** The terminology's triples. */
    List<Triple> terminology() {
        return terminology;
    }

    /** The canonical text of this input's triples. */
    CanonicalText text() {
        return text;
    }

    static int compare(Node a, Node b) {
        return a.isURI() && b.isURI() ? a.getURI().compareTo(b.getURI()) : a.toString().compareTo(b.toString());
    }

    /** A map in IRI order, for deterministic fingerprints and batches. */
    static <V> TreeMap<Node, V> sortedMap() {
        return new TreeMap<>(AboxModules::compare);
    }
}
