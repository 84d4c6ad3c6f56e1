package org.concert.reasoning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;

/**
 * The individuals in waves: first those that link to no other individual, then those whose links lead only to
 * earlier waves, and so on (a link back into a cycle is not followed). What an individual is usually depends on
 * what it links to (an operation on the organization conducting it, a member on its alliance), so reasoning wave
 * by wave lets most modules see their neighbours' conclusions at once; the fixpoint does not depend on it.
 */
final class Waves {
    private Waves() {
    }

    static List<List<Node>> of(AboxModules modules) {
        Map<Node, Integer> level = new HashMap<>();
        for (Node i : modules.individuals()) {
            level(modules, i, level, new HashSet<>());
        }
        TreeMap<Integer, List<Node>> byLevel = new TreeMap<>();
        for (Node i : modules.individuals()) {
            byLevel.computeIfAbsent(level.get(i), k -> new ArrayList<>()).add(i);
        }
        return new ArrayList<>(byLevel.values());
    }

    private static int level(AboxModules modules, Node i, Map<Node, Integer> level, Set<Node> path) {
        Integer known = level.get(i);
        if (known != null) {
            return known;
        }
        path.add(i);
        int l = 0;
        for (Node next : modules.successors(i)) {
            if (!path.contains(next)) {
                l = Math.max(l, level(modules, next, level, path) + 1);
            }
        }
        path.remove(i);
        level.put(i, l);
        return l;
    }
}
