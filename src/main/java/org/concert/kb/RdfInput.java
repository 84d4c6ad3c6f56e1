package org.concert.kb;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import com.apicatalog.jsonld.JsonLdOptions;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.vocabulary.OWL2;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses one RDF input into a fresh graph, turning every parser failure into a {@link ConcertException} that
 * names the input and the line and column. The fresh graph is only handed on when the whole input parsed, so a
 * broken file never leaves half its triples behind.
 *
 * <p>What an input may cost is bounded before and while it is read: only regular files of at most
 * {@link #MAX_BYTES} (checked before a byte is read, so a FIFO or {@code /dev/zero} behind a link is refused), at
 * most {@link #MAX_TRIPLES} triples, nesting no deeper than the parser's stack, UTF-8 for every syntax but
 * RDF/XML. Nothing is fetched: JSON-LD contexts resolve only from {@link BundledContexts}, and RDF/XML with an
 * external entity or DTD is refused, as the XML parser itself reports them.
 *
 * @since 0.1.0
 */
public final class RdfInput {
    /** The largest file Concert loads: 32 MiB, about 250,000 triples of N-Triples. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;
    /** The most triples Concert loads from one input (dense Turtle packs ten times more triples into a byte). */
    public static final long MAX_TRIPLES = 500_000;
    private static final Logger LOG = LoggerFactory.getLogger(RdfInput.class);

    private RdfInput() {
    }

    /**
     * Parses a file; its syntax is chosen from the extension. Refuses what is not a regular file, files over
     * {@link #MAX_BYTES}, files with no triple, ill-typed literals, and {@code owl:imports} of anything but the
     * bundled ontologies.
     */
    public static Graph parse(Path file) {
        String name = file.toString();
        Lang lang = langOf(name);
        return parse(read(file), lang, name);
    }

    /** Parses a document held in memory (a request body, say), named {@code name} in error messages. */
    public static Graph parse(byte[] bytes, Lang lang, String name) {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(bytes.length, name);
        }
        if (lang.equals(Lang.RDFXML)) {
            BytesCheck.refuseExternalReferences(bytes, name);
        } else {
            BytesCheck.requireUtf8(bytes, name);
        }
        Graph graph = parse(new ByteArrayInputStream(bytes), lang, name);
        if (graph.isEmpty()) {
            throw new ConcertException(ErrorCode.EMPTY_INPUT, "the input holds no triples", name, -1, -1, null);
        }
        OntologyCatalog catalog = BundledOntology.catalog();
        for (Triple t : graph.find(Node.ANY, OWL2.imports.asNode(), Node.ANY).toList()) {
            String iri = t.getObject().isURI() ? t.getObject().getURI() : t.getObject().toString();
            if (catalog.pathOf(iri).isEmpty()) {
                throw new ConcertException(ErrorCode.UNRESOLVED_IMPORT, "owl:imports <" + iri
                        + "> is not a bundled ontology, and Concert does not fetch imports", name, -1, -1, null);
            }
        }
        return graph;
    }

    /**
     * The bytes of a file, after checking that it is a regular, readable file of at most {@link #MAX_BYTES}.
     * The check comes first, and the read stops past the limit even if the file grew in between.
     */
    public static byte[] read(Path file) {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw new ConcertException(ErrorCode.INPUT_NOT_FOUND, "no such file", name, -1, -1, null);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ConcertException(ErrorCode.INPUT_UNREADABLE, "not a readable regular file", name, -1, -1, null);
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(size, name);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw tooLarge(bytes.length, name);
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new ConcertException(ErrorCode.INPUT_UNREADABLE, e.getMessage(), name, -1, -1, e);
        }
    }

    private static ConcertException tooLarge(long size, String name) {
        return new ConcertException(ErrorCode.INPUT_TOO_LARGE, "the input has " + size
                + " bytes; Concert loads inputs up to " + MAX_BYTES + " bytes", name, -1, -1, null);
    }

    /** Parses a stream in a known syntax; {@code name} is what error messages call it. */
    static Graph parse(InputStream in, Lang lang, String name) {
        Graph graph = GraphFactory.createGraphMem();
        BundledContexts contexts = new BundledContexts();
        Context context = new Context();
        context.set(LangJSONLD11.JSONLD_OPTIONS, new JsonLdOptions(contexts));
        long[] warnedAt = {-1, -1};
        try {
            RDFParser.source(in).lang(lang).base("https://w3id.org/concert/input/").checking(true)
                    .context(context).errorHandler(errorHandler(name, warnedAt)).parse(checked(graph, name, warnedAt));
            return graph;
        } catch (StackOverflowError e) {
            throw new ConcertException(ErrorCode.NESTING_TOO_DEEP,
                    "the input nests blank nodes, collections or objects too deeply to parse", name, -1, -1, null);
        } catch (RiotParseException e) {
            throw refusedContext(contexts, name).orElse(new ConcertException(ErrorCode.RDF_SYNTAX,
                    e.getOriginalMessage(), name, e.getLine(), e.getCol(), e));
        } catch (RiotException e) {
            ConcertException refused = refusedContext(contexts, name).orElse(null);
            if (refused != null) {
                throw refused;
            }
            // A parser that wraps the error our handler threw keeps it as a cause, with its position.
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof RiotParseException located) {
                    throw new ConcertException(ErrorCode.RDF_SYNTAX, located.getOriginalMessage(), name,
                            located.getLine(), located.getCol(), e);
                }
            }
            throw new ConcertException(ErrorCode.RDF_SYNTAX, e.getMessage(), name, -1, -1, e);
        }
    }

    private static Optional<ConcertException> refusedContext(BundledContexts contexts, String name) {
        String url = contexts.refused();
        return url == null ? Optional.empty() : Optional.of(new ConcertException(
                ErrorCode.EXTERNAL_REFERENCE, "the JSON-LD context <" + url + "> is not one of Concert's bundled "
                + "contexts, and Concert does not fetch contexts", name, -1, -1, null));
    }

    /**
     * The graph as a stream that stops the parse at {@link #MAX_TRIPLES} and at the first ill-typed literal (which
     * would silently drop out of every comparison), placed where the parser last warned.
     */
    private static StreamRDF checked(Graph graph, String name, long[] warnedAt) {
        return new StreamRDFWrapper(StreamRDFLib.graph(graph)) {
            private long count;

            @Override
            public void triple(Triple triple) {
                if (++count > MAX_TRIPLES) {
                    throw new ConcertException(ErrorCode.TOO_MANY_TRIPLES, "the input holds more than "
                            + MAX_TRIPLES + " triples, the most Concert loads from one input", name, -1, -1, null);
                }
                Node o = triple.getObject();
                if (o.isLiteral() && !o.getLiteralDatatype().isValid(o.getLiteralLexicalForm())) {
                    throw new ConcertException(ErrorCode.ILL_TYPED_LITERAL, "Lexical form '" + o.getLiteralLexicalForm()
                            + "' not valid for datatype " + o.getLiteralDatatypeURI(), name, warnedAt[0], warnedAt[1], null);
                }
                super.triple(triple);
            }
        };
    }

    /**
     * Errors end the parse with their position, not logged (the caller reports them); warnings are logged,
     * their position kept for the triple that follows (see {@link #checked}).
     */
    private static ErrorHandler errorHandler(String name, long[] warnedAt) {
        return new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                warnedAt[0] = line;
                warnedAt[1] = col;
                LOG.warn("{}:{}:{}: {}", name, line, col, message);
            }

            @Override
            public void error(String message, long line, long col) {
                throw new RiotParseException(message, line, col);
            }

            @Override
            public void fatal(String message, long line, long col) {
                throw new RiotParseException(message, line, col);
            }
        };
    }

    /** The RDF syntax of a file name, or an error naming the accepted extensions. */
    static Lang langOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".owl")) {
            return Lang.RDFXML;
        }
        Lang lang = RDFLanguages.filenameToLang(lower);
        if (lang == null || !RDFLanguages.isTriples(lang)) {
            throw new ConcertException(ErrorCode.UNKNOWN_RDF_FORMAT,
                    "cannot tell the RDF syntax from the file name", name, -1, -1, null);
        }
        return lang;
    }
}
