package org.concert.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.query.NamedQueries;
import org.concert.query.NamedQuery;
import org.concert.query.Queries;
import org.concert.query.QueryParameters;
import org.concert.query.QueryPolicy;
import org.concert.query.ResultFormat;
import org.concert.query.SelectResult;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /concert/queries/NAME}: runs a bundled named query, with the parameters it declares taken from the
 * request's (e.g. {@code ?org=CSTO}), over the served dataset (with its timeout and SERVICE policy) and answers in
 * the format the Accept header asks for; {@code /concert/queries/} lists them. Also answers any query given with a
 * per-request date ({@link #answer}).
 */
final class NamedQueryResponder {
    private static final String HTML = "text/html";
    /** What a SELECT answers in: SPARQL's result formats, and a page for a browser. */
    private static final AcceptList TABLES = tables();
    private final DatasetGraph served;

    NamedQueryResponder(DatasetGraph served) {
        this.served = served;
    }

    void respond(HttpServletRequest request, HttpServletResponse response, String name) throws IOException {
        if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
            Answers.text(response, 405, "Named queries are read with GET.");
            return;
        }
        if (name.isEmpty()) {
            StringBuilder list = new StringBuilder("Named queries (GET /concert/queries/NAME):\n");
            for (NamedQuery q : NamedQueries.all()) {
                list.append(q.name()).append("\t").append(q.question()).append('\n');
            }
            Answers.text(response, 200, list.toString().strip());
            return;
        }
        NamedQuery named = NamedQueries.find(name).orElse(null);
        if (named == null) {
            Answers.text(response, 404, "No named query '" + name + "'. GET /concert/queries/ lists them.");
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            if (!e.getKey().equals(ServedDates.AS_OF) && e.getValue().length > 0) {
                params.put(e.getKey(), e.getValue()[0]);
            }
        }
        Query query;
        try {
            query = QueryParameters.bind(Queries.parse(named.text(), name), named.text(), params);
        } catch (ConcertException e) {
            Answers.text(response, 400, e.code().code() + " " + e.getMessage());
            return;
        }
        answer(request, response, query, "Query '" + name + "'");
    }

    /**
     * Answers {@code query} over the served dataset in the format the Accept header asks for (406 when none
     * fits), 503 when it runs past the timeout or computes too costly a value.
     */
    void answer(HttpServletRequest request, HttpServletResponse response, Query query, String label) throws IOException {
        boolean graphResult = query.isConstructType() || query.isDescribeType();
        MediaType fallback = graphResult ? DEF.acceptTurtle : MediaType.create("application/sparql-results+json");
        // No Accept header: the default format; an Accept header that no format satisfies (image/png): 406.
        MediaType type = request.getHeader("Accept") == null ? fallback : ConNeg.chooseContentType(request,
                graphResult ? DEF.rdfOffer : query.isAskType() ? DEF.rsOfferBoolean : TABLES, null);
        if (type == null) {
            Answers.text(response, 406, "Not acceptable: '" + request.getHeader("Accept") + "'.");
            return;
        }
        String contentType = type.getContentTypeStr();
        try {
            byte[] body = Txn.calculateRead(served, () -> render(query, contentType, label));
            response.setStatus(200);
            response.setContentType(contentType + ";charset=utf-8");
            response.setContentLength(body.length);
            if (!request.getMethod().equals("HEAD")) {
                response.getOutputStream().write(body);
            }
        } catch (QueryPolicy.TooCostly e) {
            Answers.text(response, 503, ErrorCode.RESULT_TOO_LARGE.code() + " " + e.getMessage());
        } catch (QueryCancelledException e) {
            Answers.text(response, 503, label + " did not finish within the endpoint's time limit.");
        }
    }

    private byte[] render(Query query, String contentType, String label) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(served)).query(query).build()) {
            if (query.isSelectType() && contentType.equals(HTML)) {
                // A browser asked: a table to read, not SPARQL XML.
                SelectResult rows = SelectResult.copyOf(qe.execSelect());
                out.writeBytes(ResultFormat.html(label, rows, Prefixes.adapt(served.prefixes())).getBytes(StandardCharsets.UTF_8));
            } else if (query.isSelectType()) {
                ResultSet rs = qe.execSelect();
                writeResults(out, rs, null, contentType);
            } else if (query.isAskType()) {
                writeResults(out, null, qe.execAsk(), contentType);
            } else {
                Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                Lang lang = RDFLanguages.contentTypeToLang(contentType);
                RDFDataMgr.write(out, m, lang == null ? Lang.TURTLE : lang);
            }
        }
        return out.toByteArray();
    }

    private static AcceptList tables() {
        List<String> offers = new ArrayList<>();
        DEF.rsOfferTable.entries().forEach(m -> offers.add(m.getContentTypeStr()));
        offers.add(HTML);
        return AcceptList.create(offers.toArray(String[]::new));
    }

    private static void writeResults(OutputStream out, ResultSet rs, Boolean answer, String contentType) {
        if (contentType.equals("text/plain")) {
            if (rs != null) {
                ResultSetFormatter.out(out, rs);
            } else {
                ResultSetFormatter.out(out, answer);
            }
            return;
        }
        Lang lang = switch (contentType) {
            case "text/csv" -> ResultSetLang.RS_CSV;
            case "text/tab-separated-values" -> ResultSetLang.RS_TSV;
            case "application/sparql-results+xml", "application/xml" -> ResultSetLang.RS_XML;
            case "application/sparql-results+thrift" -> ResultSetLang.RS_Thrift;
            default -> ResultSetLang.RS_JSON;
        };
        if (rs != null) {
            ResultSetFormatter.output(out, rs, lang);
        } else {
            ResultSetFormatter.output(out, answer.booleanValue(), lang);
        }
    }
}
