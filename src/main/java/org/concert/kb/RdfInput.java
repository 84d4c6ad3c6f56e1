package org.concert.kb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses one RDF input into a fresh graph, turning every parser failure into a {@link ConcertException} that
 * names the input and the line and column. The fresh graph is only handed on when the whole input parsed, so a
 * broken file never leaves half its triples behind.
 */
public final class RdfInput {
    /** The largest file Concert loads: 32 MiB, about 250,000 triples of N-Triples. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(RdfInput.class);
    private static final Pattern POSITION = Pattern.compile("(?s)\\[line: (\\d+), col: (\\d+)\\s*\\]\\s*(.*)");

    private RdfInput() {
    }

    /**
     * Parses a file; its syntax is chosen from the extension. Refuses files over {@link #MAX_BYTES}, files with no
     * triple, ill-typed literals, and {@code owl:imports} of anything but the bundled ontologies.
     */
    public static Graph parse(Path file) {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw new ConcertException(ErrorCode.INPUT_NOT_FOUND, "no such file", name, -1, -1, null);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ConcertException(ErrorCode.INPUT_UNREADABLE, "not a readable file", name, -1, -1, null);
        }
        Lang lang = langOf(name);
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.size(file) > MAX_BYTES) {
                throw new ConcertException(ErrorCode.INPUT_TOO_LARGE, "the file has " + Files.size(file)
                        + " bytes; Concert loads files up to " + MAX_BYTES + " bytes", name, -1, -1, null);
            }
            if (lang.equals(Lang.RDFXML)) {
                refuseExternalEntities(file, name);
            }
            Graph graph = parse(in, lang, name);
            if (graph.isEmpty()) {
                throw new ConcertException(ErrorCode.EMPTY_INPUT, "the file holds no triples", name, -1, -1, null);
            }
            OntologyCatalog catalog = BundledOntology.catalog();
            for (org.apache.jena.graph.Triple t : graph.find(org.apache.jena.graph.Node.ANY,
                    org.apache.jena.vocabulary.OWL2.imports.asNode(), org.apache.jena.graph.Node.ANY).toList()) {
                String iri = t.getObject().isURI() ? t.getObject().getURI() : t.getObject().toString();
                if (catalog.pathOf(iri).isEmpty()) {
                    throw new ConcertException(ErrorCode.UNRESOLVED_IMPORT, "owl:imports <" + iri
                            + "> is not a bundled ontology, and Concert does not fetch imports", name, -1, -1, null);
                }
            }
            return graph;
        } catch (IOException e) {
            throw new ConcertException(ErrorCode.INPUT_UNREADABLE, e.getMessage(), name, -1, -1, e);
        }
    }

    /** Parses a stream in a known syntax; {@code name} is what error messages call it. */
    static Graph parse(InputStream in, Lang lang, String name) {
        Graph graph = GraphFactory.createGraphMem();
        try {
            RDFParser.source(in).lang(lang).base("https://w3id.org/concert/input/").checking(true)
                    .errorHandler(errorHandler(name)).parse(graph);
            return graph;
        } catch (RiotParseException e) {
            ErrorCode code = e.getOriginalMessage().startsWith("Lexical form") ? ErrorCode.ILL_TYPED_LITERAL : ErrorCode.RDF_SYNTAX;
            throw new ConcertException(code, e.getOriginalMessage(), name, e.getLine(), e.getCol(), e);
        } catch (RiotException e) {
            // Jena's error handler reports the position inside the message: "[line: 3, col: 11] Undefined prefix".
            Matcher at = POSITION.matcher(String.valueOf(e.getMessage()));
            if (at.matches()) {
                throw new ConcertException(ErrorCode.RDF_SYNTAX, at.group(3), name,
                        Long.parseLong(at.group(1)), Long.parseLong(at.group(2)), e);
            }
            throw new ConcertException(ErrorCode.RDF_SYNTAX, e.getMessage(), name, -1, -1, e);
        }
    }

    /**
     * Refuses an RDF/XML document that declares an external entity. The XML parser does not resolve them, but a
     * document that relies on one would load with the value silently missing; say so instead.
     */
    private static void refuseExternalEntities(Path file, String name) throws IOException {
        byte[] head = new byte[(int) Math.min(Files.size(file), 64 * 1024)];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            String prolog = new String(head, 0, n, java.nio.charset.StandardCharsets.UTF_8);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("<!ENTITY\\s+%?\\s*\\S+\\s+(SYSTEM|PUBLIC)\\b").matcher(prolog);
            if (m.find()) {
                long line = prolog.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                throw new ConcertException(ErrorCode.RDF_SYNTAX, "external entities are not allowed in RDF/XML input",
                        name, line, -1, null);
            }
        }
    }

    /** Errors end the parse with their position, not logged (the caller reports them); warnings are logged. */
    private static ErrorHandler errorHandler(String name) {
        return new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                // An ill-typed literal would silently drop out of every comparison: refuse it.
                if (message.startsWith("Lexical form")) {
                    throw new RiotParseException(message, line, col);
                }
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
