package org.concert.reasoning;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
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
 * (see {@link TboxProfile#rootsAbove()}). Everything else is the terminology, shared by every module.
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
    private final Map<Node, SortedSet<Node>> neighbours = new HashMap<>();
    private final Map<Node, SortedSet<Node>> successors = new HashMap<>();
    private final Map<Node, Map<Node, Set<String>>> links = new HashMap<>();
    private final Map<Node, SortedSet<Node>> assertedTypes = new HashMap<>();
    private final Map<Node, List<Triple>> expressions = new HashMap<>();
    private final List<Triple> terminology = new ArrayList<>();
    private final Map<Node, List<Triple>> declarations = new HashMap<>();
    private final Map<Node, Set<Node>> declaredKinds = new HashMap<>();
    private final SortedSet<Node> terminologyIndividuals = new TreeSet<>(AboxModules::compare);
    private final Map<Node, String> blankNodeForms = new HashMap<>();
    private final Map<Node, String> assertionDigests = new HashMap<>();

    private AboxModules(Graph graph) {
        this.graph = graph;
    }

    /** The modules of {@code graph} (the reasoner input with the snapshot's closure axioms). */
    static AboxModules of(Graph graph) {
        AboxModules modules = new AboxModules(graph);
        modules.index();
        return modules;
    }

    private void index() {
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
            SortedSet<Node> near = new TreeSet<>(AboxModules::compare);
            SortedSet<Node> next = new TreeSet<>(AboxModules::compare);
            SortedSet<Node> types = new TreeSet<>(AboxModules::compare);
            List<Triple> expression = new ArrayList<>();
            graph.find(i, Node.ANY, Node.ANY).forEachRemaining(t -> {
                Node o = t.getObject();
                if (o.isBlank()) {
                    expression.add(t);
                    Set<Node> named = new HashSet<>();
                    describe(o, expression, named);
                    near.addAll(named);
                    named.forEach(n -> link(i, n, NeighbourRelevance.ANY));
                    return;
                }
                mine.add(t);
                if (t.getPredicate().equals(RDF.type.asNode()) && o.isURI()) {
                    types.add(o);
                } else if (isIndividual.contains(o) && !o.equals(i)) {
                    near.add(o);
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
            neighbours.put(i, near);
            successors.put(i, next);
        }
        for (Node i : individuals) {
            List<Triple> in = new ArrayList<>();
            graph.find(Node.ANY, Node.ANY, i).forEachRemaining(t -> {
                Node s = t.getSubject();
                if (!s.equals(i) && isIndividual.contains(s) && !t.getPredicate().equals(RDF.type.asNode())) {
                    in.add(t);
                    neighbours.get(i).add(s);
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
    }

    private void link(Node home, Node neighbour, String edge) {
        links.computeIfAbsent(home, k -> new HashMap<>()).computeIfAbsent(neighbour, k -> new TreeSet<>()).add(edge);
    }

    /**
     * The links between {@code home} and {@code neighbour}, seen from the home: {@code p} for its own link to the
     * neighbour, {@code ^p} for the neighbour's link to it, {@code *} for a mention in a class expression.
     */
    Set<String> links(Node home, Node neighbour) {
        return links.getOrDefault(home, Map.of()).getOrDefault(neighbour, Set.of(NeighbourRelevance.ANY));
    }

    /** The triples below a blank node of an individual's class expression; the individuals it names are neighbours. */
    private void describe(Node blank, List<Triple> into, Set<Node> near) {
        graph.find(blank, Node.ANY, Node.ANY).forEachRemaining(t -> {
            into.add(t);
            Node o = t.getObject();
            if (o.isBlank()) {
                describe(o, into, near);
            } else if (isIndividual.contains(o)) {
                near.add(o);
            }
        });
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
    SortedSet<Node> neighbours(Node individual) {
        return neighbours.get(individual);
    }

    /**
     * The individuals in waves: first those that link to no other individual, then those whose links lead
     * only to earlier waves, and so on (a link back into a cycle is not followed). What an individual is
     * usually depends on what it links to (an operation on the organization conducting it, a member on its
     * alliance), so reasoning wave by wave lets most modules see their neighbours' conclusions at once.
     */
    List<List<Node>> waves() {
        Map<Node, Integer> level = new HashMap<>();
        for (Node i : individuals) {
            level(i, level, new HashSet<>());
        }
        TreeMap<Integer, List<Node>> byLevel = new TreeMap<>();
        for (Node i : individuals) {
            byLevel.computeIfAbsent(level.get(i), k -> new ArrayList<>()).add(i);
        }
        return new ArrayList<>(byLevel.values());
    }

    private int level(Node i, Map<Node, Integer> level, Set<Node> path) {
        Integer known = level.get(i);
        if (known != null) {
            return known;
        }
        path.add(i);
        int l = 0;
        for (Node next : successors.get(i)) {
            if (!path.contains(next)) {
                l = Math.max(l, level(next, level, path) + 1);
            }
        }
        path.remove(i);
        level.put(i, l);
        return l;
    }

    /** Whether the individual has an anonymous class expression among its types (e.g. a membership closure). */
    boolean hasClassExpression(Node individual) {
        return expressions.containsKey(individual);
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
            expressions.getOrDefault(i, List.of()).forEach(g::add);
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
        expressions.getOrDefault(home, List.of()).forEach(g::add);
        return declared(g);
    }

    private Graph declared(Graph g) {
        Set<Node> used = new HashSet<>();
        g.find().forEachRemaining(t -> {
            used.add(t.getPredicate());
            used.add(t.getObject());
        });
        for (Node n : used) {
            List<Triple> declared = declarations.get(n);
            if (declared != null) {
                declared.forEach(g::add);
            }
        }
        return g;
    }

    /** The kinds each property and class of the terminology is declared as (owl:ObjectProperty, owl:Class, ...). */
    Map<Node, Set<Node>> declarations() {
        return declaredKinds;
    }

    /** Triples that use {@code predicate}, anywhere in the input. */
    boolean uses(Node predicate) {
        return graph.contains(Node.ANY, predicate, Node.ANY);
    }

    /** Whether some individual has two values of {@code property} (as subject, or as object when {@code inverse}). */
    boolean hasTwoValues(Node property, boolean inverse) {
        Map<Node, Node> seen = new HashMap<>();
        for (Triple t : graph.find(Node.ANY, property, Node.ANY).toList()) {
            Node key = inverse ? t.getObject() : t.getSubject();
            Node value = inverse ? t.getSubject() : t.getObject();
            Node before = seen.putIfAbsent(key, value);
            if (before != null && !before.equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** The fingerprint of {@link #terminologyGraph()}. */
    String terminologyFingerprint(String salt) {
        List<String> lines = canonical(terminology);
        terminologyIndividuals.forEach(i -> {
            lines.addAll(canonical(own.get(i)));
            lines.addAll(canonical(expressions.getOrDefault(i, List.of())));
        });
        return sha256(salt, lines);
    }

    /**
     * The fingerprint of {@code home}'s module given the named types each neighbour is known to have
     * ({@code neighbourTypes}, already reduced to the relevant ones).
     */
    String fingerprint(String terminology, Node home, Map<Node, SortedSet<Node>> neighbourTypes) {
        String assertions = assertionDigest(home);
        List<String> lines = new ArrayList<>();
        neighbourTypes.forEach((n, types) -> types.forEach(c -> lines.add(n.getURI() + " " + c.getURI())));
        return sha256(terminology + " " + assertions, lines);
    }

    /** The fingerprint of the whole input: the terminology and every individual's own and incoming assertions. */
    String inputFingerprint(String terminology) {
        List<String> digests = new ArrayList<>();
        individuals.forEach(i -> digests.add(assertionDigest(i)));
        return sha256(terminology, digests);
    }

    private String assertionDigest(Node home) {
        return assertionDigests.computeIfAbsent(home, h -> {
            List<String> lines = canonical(own.get(h));
            lines.addAll(canonical(expressions.getOrDefault(h, List.of())));
            lines.addAll(canonical(incoming.get(h)));
            return sha256(h.getURI(), lines);
        });
    }

    private List<String> canonical(Collection<Triple> triples) {
        List<String> lines = new ArrayList<>(triples.size());
        for (Triple t : triples) {
            lines.add(form(t.getSubject()) + " " + form(t.getPredicate()) + " " + form(t.getObject()));
        }
        return lines;
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

    static int compare(Node a, Node b) {
        return a.isURI() && b.isURI() ? a.getURI().compareTo(b.getURI()) : a.toString().compareTo(b.toString());
    }

    /** A map in IRI order, for deterministic fingerprints and batches. */
    static <V> TreeMap<Node, V> sortedMap() {
        return new TreeMap<>(AboxModules::compare);
    }
}
