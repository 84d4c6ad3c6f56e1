package org.concert.reasoning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

import org.apache.jena.graph.Node;

/**
 * The fingerprints the reasoning cache keys conclusions by: of the terminology, of the whole input, and of each
 * module. A module whose home the terminology does not name is keyed by its <em>shape</em>, its assertions with the
 * home renamed {@value #HOME}: two homes of one shape (the same assertions, the same neighbours with the same types)
 * have the same conclusions with the home renamed, so one HermiT run answers both, in a run and across runs. A home
 * the terminology names (in {@code owl:hasValue} or {@code owl:oneOf}) keeps its own key: its identity matters.
 */
final class ModuleFingerprints {
    /** What a home is called in a shape. */
    static final String HOME = "_:home";

    private final AboxModules modules;
    private final CanonicalText text;
    private final Map<Node, String> assertionDigests = new HashMap<>();

    ModuleFingerprints(AboxModules modules) {
        this.modules = modules;
        this.text = modules.text();
    }

    /** The fingerprint of the terminology graph, with what the individuals it names assert about themselves. */
    String terminology(String salt) {
        List<String> lines = text.lines(modules.terminology());
        modules.terminologyIndividuals().forEach(i -> {
            lines.addAll(text.lines(modules.own(i)));
            lines.addAll(text.lines(modules.expressions(i)));
        });
        return CanonicalText.sha256(salt, lines);
    }

    /**
     * The fingerprint of {@code home}'s module given the named types each neighbour is known to have
     * ({@code neighbourTypes}, already reduced to the relevant ones).
     */
    String module(String terminology, Node home, Map<Node, SortedSet<Node>> neighbourTypes) {
        String assertions = sharesShape(home) ? "shape " + shapeDigest(home) : assertionDigest(home);
        List<String> lines = new ArrayList<>();
        neighbourTypes.forEach((n, types) -> types.forEach(c -> lines.add(n.getURI() + " " + c.getURI())));
        return CanonicalText.sha256(terminology + " " + assertions, lines);
    }

    /**
     * The fingerprint of the whole input: the terminology and every individual's own and incoming assertions, with
     * their names (conclusions kept under it name individuals).
     */
    String input(String terminology) {
        List<String> digests = new ArrayList<>();
        modules.individuals().forEach(i -> digests.add(assertionDigest(i)));
        return CanonicalText.sha256(terminology, digests);
    }

    /** Whether {@code home}'s module is keyed by its shape. */
    boolean sharesShape(Node home) {
        return home.isURI() && !modules.terminologyIndividuals().contains(home);
    }

    /**
     * Conclusions between a home and the cache: a home keyed by its shape is kept with its IRI written
     * {@value #HOME} ({@code toShape}), and given back with its own.
     */
    List<String> stored(Node home, List<String> lines, boolean toShape) {
        if (!sharesShape(home)) {
            return lines;
        }
        return toShape ? rename(lines, home.getURI(), HOME) : rename(lines, HOME, home.getURI());
    }

    private String shapeDigest(Node home) {
        List<String> lines = text.lines(modules.own(home), home, HOME);
        lines.addAll(text.lines(modules.expressions(home), home, HOME));
        lines.addAll(text.lines(modules.incoming(home), home, HOME));
        return CanonicalText.sha256(HOME, lines);
    }

    private String assertionDigest(Node home) {
        return assertionDigests.computeIfAbsent(home, h -> {
            List<String> lines = text.lines(modules.own(h));
            lines.addAll(text.lines(modules.expressions(h)));
            lines.addAll(text.lines(modules.incoming(h)));
            return CanonicalText.sha256(h.getURI(), lines);
        });
    }

    private static List<String> rename(List<String> lines, String from, String to) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            // Lines are "T class" or "P property value": only whole words are names.
            String[] words = line.split(" ");
            for (int i = 0; i < words.length; i++) {
                if (words[i].equals(from)) {
                    words[i] = to;
                }
            }
            out.add(String.join(" ", words));
        }
        return out;
    }
}
