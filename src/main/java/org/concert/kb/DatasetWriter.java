package org.concert.kb;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.vocab.CONCERT;

/**
 * Writes a knowledge base's dataset in a canonical order, so that what is written does not depend on the order in
 * which a build added its triples: a build from the cache writes the same bytes as one that reasoned.
 */
final class DatasetWriter {
    /** The syntaxes a file name may ask for. */
    private static final Set<Lang> FILE_SYNTAXES = Set.of(Lang.TURTLE, Lang.NTRIPLES, Lang.JSONLD, Lang.TRIG, Lang.NQUADS);

    private DatasetWriter() {
    }

    /** See {@link KnowledgeBase#write(OutputStream, Lang, boolean)}. */
    static void write(DatasetGraph dataset, OutputStream out, Lang lang, boolean inferredOnly) {
        Txn.executeRead(dataset, () -> {
            if (RDFLanguages.isQuads(lang)) {
                DatasetGraph view = DatasetGraphFactory.createGeneral();
                List<Node> names = new ArrayList<>(inferredOnly ? List.of(CONCERT.INFERRED_GRAPH) : KnowledgeBase.GRAPHS);
                if (!inferredOnly && dataset.containsGraph(CONCERT.TIMELINE_GRAPH)) {
                    names.add(CONCERT.TIMELINE_GRAPH);
                }
                for (Node name : names) {
                    view.addGraph(name, canonical(dataset.getGraph(name)));
                }
                view.prefixes().putAll(dataset.prefixes());
                RDFDataMgr.write(out, view, lang);
            } else {
                Graph graph = inferredOnly ? dataset.getGraph(CONCERT.INFERRED_GRAPH) : dataset.getDefaultGraph();
                Graph copy = canonical(graph);
                copy.getPrefixMapping().setNsPrefixes(dataset.getDefaultGraph().getPrefixMapping());
                RDFDataMgr.write(out, copy, lang);
            }
        });
    }

    /** See {@link KnowledgeBase#write(Path, boolean)}. */
    static void write(DatasetGraph dataset, Path file, boolean inferredOnly) {
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        if (lang == null || !FILE_SYNTAXES.contains(lang)) {
            throw new ConcertException(ErrorCode.OUTPUT_FAILED,
                    "cannot tell the output syntax from the file name; use .ttl, .nt, .jsonld, .trig or .nq",
                    file.toString(), -1, -1, null);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            write(dataset, out, lang, inferredOnly);
        } catch (IOException e) {
            throw new ConcertException(ErrorCode.OUTPUT_FAILED, "cannot write: " + e.getMessage(),
                    file.toString(), -1, -1, e);
        }
    }

    /**
     * A copy of a graph filled in a canonical order (by subject, predicate and object; blank nodes, whose labels
     * differ from one parse to the next, keep their relative order).
     */
    private static Graph canonical(Graph graph) {
        Graph copy = GraphFactory.createGraphMem();
        graph.find().toList().stream().sorted(Comparator.comparing(DatasetWriter::sortKey)).forEach(copy::add);
        copy.getPrefixMapping().setNsPrefixes(graph.getPrefixMapping());
        return copy;
    }

    private static String sortKey(Triple t) {
        return key(t.getSubject()) + " " + key(t.getPredicate()) + " " + key(t.getObject());
    }

    private static String key(Node n) {
        return n.isBlank() ? "_:" : n.toString();
    }
}
