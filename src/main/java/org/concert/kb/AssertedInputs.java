package org.concert.kb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.vocab.CONCERT;

/**
 * What the {@code load} step of a build produces: the asserted schema and data (the bundle with the added files
 * and graphs) and the external dumps, each in its named graph. Loading is all or nothing: every input is parsed
 * into its own graph first, and nothing is built unless all of them parse (and, when strict, pass
 * {@link DataCheck}).
 *
 * @param schema   the asserted terminology
 * @param data     the asserted facts with every added file and graph
 * @param external the enrichment dumps by graph name
 * @param summary  what was loaded, for the step's log line
 */
record AssertedInputs(Graph schema, Graph data, Map<Node, Graph> external, String summary) {

    /** Loads what {@code options} name; every input that fails rides along on the first as a suppressed error. */
    static AssertedInputs load(BuildOptions options) {
        Graph schema = GraphFactory.createGraphMem();
        Graph data = GraphFactory.createGraphMem();
        if (options.bundled()) {
            for (BundledOntology.Part part : BundledOntology.load()) {
                Graph into = part.isData() ? data : schema;
                part.graph().find().forEachRemaining(into::add);
                into.getPrefixMapping().setNsPrefixes(part.graph().getPrefixMapping());
            }
        }
        List<Graph> extra = new ArrayList<>();
        List<ConcertException> rejected = new ArrayList<>();
        for (Path file : options.files()) {
            try {
                extra.add(RdfInput.parse(file));
            } catch (ConcertException e) {
                rejected.add(e);
            }
        }
        Map<Node, Graph> external = external(options.enrichments(), rejected);
        throwFirst(rejected);
        extra.addAll(options.graphs());
        for (Graph g : extra) {
            g.find().forEachRemaining(data::add);
        }
        if (options.strict() && !extra.isEmpty()) {
            refuseFindings(schema, data, extra, options.files());
        }
        return new AssertedInputs(schema, data, external, (schema.size() + data.size()) + " asserted triples from "
                + (options.bundled() ? "the bundle" : "no bundle") + " and " + options.files().size() + " extra file(s)");
    }

    /** The prefixes of the knowledge base: the data's, and the schema's where both name one. */
    PrefixMapping prefixes() {
        return PrefixMapping.Factory.create().setNsPrefixes(data.getPrefixMapping())
                .setNsPrefixes(schema.getPrefixMapping());
    }

    private static Map<Node, Graph> external(List<Path> dumps, List<ConcertException> rejected) {
        Map<Node, Graph> external = new LinkedHashMap<>();
        for (Path dump : dumps) {
            try {
                Node graphName = externalGraph(dump);
                if (external.containsKey(graphName)) {
                    throw new ConcertException(ErrorCode.DUPLICATE_INPUT_NAME, "another enrichment dump has the "
                            + "file name " + dump.getFileName() + ", and each becomes the graph " + graphName.getURI(),
                            dump.toString(), -1, -1, null);
                }
                external.put(graphName, RdfInput.parse(dump));
            } catch (ConcertException e) {
                rejected.add(e);
            }
        }
        return external;
    }

    /** One exception for the caller; every other rejected input rides along as a suppressed one. */
    private static void throwFirst(List<ConcertException> rejected) {
        if (!rejected.isEmpty()) {
            ConcertException first = rejected.get(0);
            rejected.subList(1, rejected.size()).forEach(first::addSuppressed);
            throw first;
        }
    }

    /** Runs {@link DataCheck} over the bundle and the added data, and throws what it finds. */
    private static void refuseFindings(Graph schema, Graph data, List<Graph> extra, List<Path> files) {
        Map<String, Graph> added = new LinkedHashMap<>();
        for (int i = 0; i < extra.size(); i++) {
            added.put(i < files.size() ? files.get(i).toString() : "graph " + (i - files.size() + 1), extra.get(i));
        }
        Graph all = GraphFactory.createGraphMem();
        schema.find().forEachRemaining(all::add);
        data.find().forEachRemaining(all::add);
        throwFirst(DataCheck.check(all, added).stream().map(DataCheck.Finding::exception).toList());
    }

    private static Node externalGraph(Path dump) {
        String name = dump.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        return NodeFactory.createURI(CONCERT.GRAPH_NS + "external/" + name);
    }
}
