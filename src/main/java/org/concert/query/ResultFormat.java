package org.concert.query;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;

import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.concert.ConcertException;
import org.concert.ErrorCode;

/**
 * The formats query results are written in: tables for SELECT and ASK, RDF syntaxes for CONSTRUCT and
 * DESCRIBE. {@code text} means an aligned table for SELECT and Turtle for graphs.
 *
 * @since 0.1.0
 */
public enum ResultFormat {
    TEXT, CSV, TSV, JSON, XML, TTL, NT, JSONLD;

    /** The format of a name such as {@code csv} or {@code jsonld}, or a CONCERT-E013 error. */
    public static ResultFormat of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT).replace("-", ""));
        } catch (IllegalArgumentException e) {
            throw new ConcertException(ErrorCode.FORMAT_MISMATCH, "unknown format '" + name + "'; use one of "
                    + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
        }
    }

    /** Writes the rows of a SELECT query. */
    public void write(SelectResult result, OutputStream out) {
        switch (this) {
            case TEXT -> ResultSetFormatter.out(out, result.resultSet());
            case CSV -> ResultSetFormatter.outputAsCSV(out, result.resultSet());
            case TSV -> ResultSetFormatter.outputAsTSV(out, result.resultSet());
            case JSON -> ResultSetFormatter.outputAsJSON(out, result.resultSet());
            case XML -> ResultSetFormatter.outputAsXML(out, result.resultSet());
            default -> throw mismatch("SELECT");
        }
    }

    /** Writes the answer of an ASK query. */
    public void write(boolean answer, OutputStream out) {
        switch (this) {
            case TEXT -> ResultSetFormatter.out(out, answer);
            case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
            case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
            case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
            case XML -> ResultSetFormatter.outputAsXML(out, answer);
            default -> throw mismatch("ASK");
        }
    }

    /** Writes the graph of a CONSTRUCT or DESCRIBE query. */
    public void write(Model graph, OutputStream out) {
        Lang lang = switch (this) {
            case TEXT, TTL -> Lang.TURTLE;
            case NT -> Lang.NTRIPLES;
            case JSONLD -> Lang.JSONLD;
            default -> throw mismatch("CONSTRUCT or DESCRIBE");
        };
        RDFDataMgr.write(out, graph, lang);
    }

    private ConcertException mismatch(String form) {
        return new ConcertException(ErrorCode.FORMAT_MISMATCH, "format " + name().toLowerCase(Locale.ROOT)
                + " does not fit a " + form + " query");
    }
}
