package org.concert.reasoning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What modular reasoning needs to know about a terminology, computed once with HermiT and kept in the cache
 * under the terminology's fingerprint, so that a build with a warm cache never loads OWLAPI.
 *
 * @param relevance           which named types of a neighbour can matter, through which links
 * @param derivableProperties object properties whose values inverses, chains or sub-properties can derive
 * @param chainTails          properties in a non-first place of a property chain, and their sub-properties
 * @param subClassLinks       the direct subclass links of the classification, as pairs of IRIs
 * @param unsupported         why modules would not be complete for this terminology (empty when they are)
 */
record TboxProfile(NeighbourRelevance relevance, Set<String> derivableProperties, Set<String> chainTails,
                   List<String[]> subClassLinks, List<String> unsupported) {

    /** The profile as lines for the cache. */
    List<String> toLines() {
        List<String> lines = new ArrayList<>();
        relevance.rootsAbove().forEach((c, roots) -> lines.add("roots " + c + " " + String.join(" ", roots)));
        relevance.reach().forEach((c, links) -> lines.add("reach " + c + " " + String.join(" ", links)));
        relevance.supers().forEach((e, implied) -> lines.add("supers " + e + " " + String.join(" ", implied)));
        derivableProperties.forEach(p -> lines.add("derivable " + p));
        chainTails.forEach(p -> lines.add("chain-tail " + p));
        subClassLinks.forEach(l -> lines.add("subclass " + l[0] + " " + l[1]));
        unsupported.forEach(u -> lines.add("unsupported " + u));
        return lines;
    }

    private static void keyed(String line, Map<String, Set<String>> into) {
        String[] words = line.split(" ");
        into.put(words[0], new TreeSet<>(Arrays.asList(words).subList(1, words.length)));
    }

    /** The profile read back from {@link #toLines()}. */
    static TboxProfile fromLines(List<String> lines) {
        Map<String, Set<String>> roots = new TreeMap<>();
        Map<String, Set<String>> reach = new TreeMap<>();
        Map<String, Set<String>> supers = new TreeMap<>();
        Set<String> derivable = new TreeSet<>();
        Set<String> tails = new TreeSet<>();
        List<String[]> subClasses = new ArrayList<>();
        List<String> unsupported = new ArrayList<>();
        for (String line : lines) {
            int space = line.indexOf(' ');
            String kind = line.substring(0, space);
            String rest = line.substring(space + 1);
            switch (kind) {
                case "roots" -> keyed(rest, roots);
                case "reach" -> keyed(rest, reach);
                case "supers" -> keyed(rest, supers);
                case "derivable" -> derivable.add(rest);
                case "chain-tail" -> tails.add(rest);
                case "subclass" -> subClasses.add(rest.split(" ", 2));
                case "unsupported" -> unsupported.add(rest);
                default -> throw new IllegalArgumentException("unknown profile line: " + line);
            }
        }
        return new TboxProfile(new NeighbourRelevance(roots, reach, supers), derivable, tails, subClasses, unsupported);
    }
}
