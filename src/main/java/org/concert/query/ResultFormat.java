package org.concert.query;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.Html;

/**
 * The formats query results are written in: tables for SELECT and ASK, RDF syntaxes for CONSTRUCT and
 * DESCRIBE. {@code text} means an aligned table of plain values for SELECT (for people; CSV, TSV and JSON keep
 * every datatype for programs) and Turtle for graphs.
 *
 * @since 0.1.0
 */
public enum ResultFormat {
    TEXT("text/plain"), CSV("text/csv"), TSV("text/tab-separated-values"), JSON("application/sparql-results+json"),
    XML("application/sparql-results+xml"), THRIFT("application/sparql-results+thrift"), TTL("text/turtle"),
    NT("application/n-triples"), JSONLD("application/ld+json"), RDFXML("application/rdf+xml");

    private final String mediaType;

    ResultFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The media type an HTTP answer in this format has. @since 0.2.0 */
    public String mediaType() {
        return mediaType;
    }

    /**
     * The formats a query of this form can be written in, by media type, the usual one first (SPARQL JSON for
     * tables, Turtle for graphs), with the generic {@code application/json} and {@code application/xml} for tables.
     *
     * @since 0.2.0
     */
    public static Map<String, ResultFormat> offers(Query query) {
        Map<String, ResultFormat> offers = new LinkedHashMap<>();
        if (query.isConstructType() || query.isDescribeType()) {
            for (ResultFormat f : List.of(TTL, NT, JSONLD, RDFXML)) {
                offers.put(f.mediaType, f);
            }
        } else {
            for (ResultFormat f : List.of(JSON, CSV, TSV, XML, THRIFT, TEXT)) {
                offers.put(f.mediaType, f);
            }
            offers.put("application/json", JSON);
            offers.put("application/xml", XML);
        }
        return offers;
    }

    /** The format of a name such as {@code csv} or {@code jsonld}, or a CONCERT-E013 error. */
    public static ResultFormat of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT).replace("-", ""));
        } catch (IllegalArgumentException e) {
            throw new ConcertException(ErrorCode.FORMAT_MISMATCH, "unknown format '" + name + "'; use one of "
                    + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
        }
    }

    /** Writes the rows of a SELECT query; {@code text} with IRIs in full. */
    public void write(SelectResult result, OutputStream out) {
        write(result, PrefixMapping.Factory.create(), out);
    }

    /**
     * Writes the rows of a SELECT query. {@code text} is for people: an aligned table of plain values, without
     * quotes or language tags, dates as {@code YYYY-MM-DD}, IRIs shortened with {@code prefixes}.
     *
     * @since 0.2.0
     */
    public void write(SelectResult result, PrefixMapping prefixes, OutputStream out) {
        switch (this) {
            case TEXT -> plainTable(result, prefixes, out);
            case CSV -> ResultSetFormatter.outputAsCSV(out, result.resultSet());
            case TSV -> ResultSetFormatter.outputAsTSV(out, result.resultSet());
            case JSON -> ResultSetFormatter.outputAsJSON(out, result.resultSet());
            case XML -> ResultSetFormatter.outputAsXML(out, result.resultSet());
            case THRIFT -> ResultSetFormatter.output(out, result.resultSet(), ResultSetLang.RS_Thrift);
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
            case THRIFT -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_Thrift);
            default -> throw mismatch("ASK");
        }
    }

    /** Writes the graph of a CONSTRUCT or DESCRIBE query. */
    public void write(Model graph, OutputStream out) {
        Lang lang = switch (this) {
            case TEXT, TTL -> Lang.TURTLE;
            case NT -> Lang.NTRIPLES;
            case JSONLD -> Lang.JSONLD;
            case RDFXML -> Lang.RDFXML;
            default -> throw mismatch("CONSTRUCT or DESCRIBE");
        };
        RDFDataMgr.write(out, graph, lang);
    }

    private static void plainTable(SelectResult result, PrefixMapping prefixes, OutputStream out) {
        List<String> header = result.variables();
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, RDFNode> row : result.nodes()) {
            List<String> cells = new ArrayList<>();
            for (String v : header) {
                cells.add(plain(row.get(v), prefixes));
            }
            rows.add(cells);
        }
        int[] width = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            width[i] = header.get(i).length();
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        line(w, header, width);
        List<String> rule = new ArrayList<>();
        for (int wd : width) {
            rule.add("-".repeat(wd));
        }
        line(w, rule, width);
        rows.forEach(r -> line(w, r, width));
        w.flush();
    }

    private static void line(PrintWriter w, List<String> cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            sb.append(i == 0 ? "" : "  ").append(i == cells.size() - 1 ? cells.get(i) : String.format("%-" + width[i] + "s", cells.get(i)));
        }
        w.println(sb.toString().stripTrailing());
    }

    /**
     * The rows as an HTML page for a browser: a table of plain values, every value escaped, nothing fetched.
     *
     * @since 0.2.0
     */
    public static String html(String title, SelectResult result, PrefixMapping prefixes) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(Html.escape(title)).append("</title></head>\n<body><h1>").append(Html.escape(title)).append("</h1>\n<table>\n<thead><tr>");
        for (String v : result.variables()) {
            sb.append("<th>").append(Html.escape(v)).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (Map<String, RDFNode> row : result.nodes()) {
            sb.append("<tr>");
            for (String v : result.variables()) {
                sb.append("<td>").append(Html.escape(plain(row.get(v), prefixes))).append("</td>");
            }
            sb.append("</tr>\n");
        }
        return sb.append("</tbody>\n</table>\n<p>").append(result.size()).append(" rows</p></body></html>\n").toString();
    }

    /** A value for people: a literal's lexical form (a midnight time stamp as its date), an IRI shortened. */
    public static String plain(RDFNode node, PrefixMapping prefixes) {
        if (node == null) {
            return "";
        }
        if (node.isLiteral()) {
            String lexical = node.asLiteral().getLexicalForm();
            return lexical.matches("\\d{4}-\\d{2}-\\d{2}T00:00:00(\\.0+)?(Z|[+-]00:00)?") ? lexical.substring(0, 10) : lexical;
        }
        if (node.isURIResource()) {
            String uri = node.asResource().getURI();
            String shortened = prefixes.shortForm(uri);
            return shortened == null ? uri : shortened;
        }
        return "_:" + node.asResource().getId().getLabelString();
    }

    private ConcertException mismatch(String form) {
        return new ConcertException(ErrorCode.FORMAT_MISMATCH, "format " + name().toLowerCase(Locale.ROOT)
                + " does not fit a " + form + " query");
    }
}
