package org.concert.reasoning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The state of the fixpoint: the named types known of each individual (asserted, then as concluded), the
 * fingerprint each module had when it was last settled, and its conclusions.
 */
final class Fixpoint {
    private static final SortedSet<Node> EMPTY = new TreeSet<>(AboxModules::compare);

    private final AboxModules modules;
    private final Map<Node, Set<Node>> rootsAbove = new HashMap<>();
    private final Map<Node, Set<String>> reach = new HashMap<>();
    private final NeighbourRelevance relevance;
    private final String terminology;
    private final ModuleFingerprints fingerprints;
    private final Map<Node, SortedSet<Node>> known = new ConcurrentHashMap<>();
    private final Map<Node, String> pending = new HashMap<>();
    private final Map<Node, Map<Node, SortedSet<Node>>> pendingTypes = new HashMap<>();
    private final SortedSet<Node> terminologyIndividuals;
    private final Map<Node, String> settled = new HashMap<>();
    private final Map<Node, List<String>> conclusions = AboxModules.sortedMap();

    Fixpoint(AboxModules modules, ModuleFingerprints fingerprints, TboxProfile profile, String terminology) {
        this.modules = modules;
        this.fingerprints = fingerprints;
        this.terminology = terminology;
        this.relevance = profile.relevance();
        relevance.rootsAbove().forEach((c, roots) -> rootsAbove.put(NodeFactory.createURI(c),
                roots.stream().map(NodeFactory::createURI).collect(Collectors.toSet())));
        relevance.reach().forEach((c, links) -> reach.put(NodeFactory.createURI(c), links));
        this.terminologyIndividuals = modules.terminologyIndividuals();
        modules.individuals().forEach(i -> known.put(i, modules.assertedTypes(i)));
    }

    /** The modules of a wave whose fingerprint differs from the one they were settled with. */
    List<Node> changed(List<Node> wave) {
        List<Node> changed = new ArrayList<>();
        for (Node home : wave) {
            Map<Node, SortedSet<Node>> types = typesAround(home);
            String fingerprint = fingerprints.module(terminology, home, types);
            if (!fingerprint.equals(settled.get(home))) {
                pending.put(home, fingerprint);
                pendingTypes.put(home, types);
                changed.add(home);
            }
        }
        return changed;
    }

    String fingerprint(Node home) {
        return pending.get(home);
    }

    /** The neighbour types the homes' fingerprints were taken with, merged. */
    Map<Node, SortedSet<Node>> neighbourTypes(List<Node> homes) {
        Map<Node, SortedSet<Node>> out = AboxModules.sortedMap();
        for (Node home : homes) {
            pendingTypes.get(home).forEach((n, types) -> out.computeIfAbsent(n, k -> new TreeSet<>(AboxModules::compare)).addAll(types));
        }
        return out;
    }

    /**
     * The known types of each neighbour of the home (and of the individuals the terminology names) that can
     * matter through the links between them.
     */
    private Map<Node, SortedSet<Node>> typesAround(Node home) {
        Map<Node, SortedSet<Node>> out = AboxModules.sortedMap();
        Set<Node> near = new TreeSet<>(AboxModules::compare);
        near.addAll(modules.neighbours(home));
        near.addAll(terminologyIndividuals);
        near.remove(home);
        for (Node n : near) {
            SortedSet<Node> types = new TreeSet<>(AboxModules::compare);
            Set<String> links = modules.links(home, n);
            for (Node c : known.getOrDefault(n, EMPTY)) {
                for (Node root : rootsAbove.getOrDefault(c, Set.of())) {
                    if (!types.contains(root) && links.stream().anyMatch(l -> relevance.matters(reach.get(root), l))) {
                        types.add(root);
                    }
                }
            }
            if (!types.isEmpty()) {
                out.put(n, types);
            }
        }
        return out;
    }

    synchronized void settle(Node home, List<String> lines) {
        settled.put(home, pending.get(home));
        conclusions.put(home, lines);
        SortedSet<Node> types = new TreeSet<>(AboxModules::compare);
        types.addAll(modules.assertedTypes(home));
        lines.stream().filter(l -> l.startsWith("T ")).forEach(l -> types.add(NodeFactory.createURI(l.substring(2))));
        known.put(home, types);
    }

    Map<Node, List<String>> conclusions() {
        return conclusions;
    }
}
