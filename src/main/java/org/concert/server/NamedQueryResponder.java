package org.concert.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.query.Query;
import org.apache.jena.shared.PrefixMapping;
import org.concert.ConcertException;
import org.concert.query.NamedQueries;
import org.concert.query.NamedQuery;
import org.concert.query.Queries;
import org.concert.query.QueryParameters;
import org.concert.query.QueryRunner;
import org.concert.query.ResultFormat;

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
    private final QueryRunner runner;
    private final PrefixMapping prefixes;

    NamedQueryResponder(QueryRunner runner, PrefixMapping prefixes) {
        this.runner = runner;
        this.prefixes = prefixes;
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
     * Answers {@code query} with the served knowledge base's query runner (its timeout and SERVICE policy) in the
     * format the Accept header asks for (406 when none fits); a Concert error as its coded text and status (503
     * past the timeout or for too costly a value).
     */
    void answer(HttpServletRequest request, HttpServletResponse response, Query query, String label) throws IOException {
        Map<String, ResultFormat> formats = ResultFormat.offers(query);
        List<String> offered = new ArrayList<>(formats.keySet());
        if (query.isSelectType()) {
            offered.add(HTML);
        }
        // No Accept header: the usual format; an Accept header that no format satisfies (image/png): 406.
        MediaType type = request.getHeader("Accept") == null ? MediaType.create(offered.get(0))
                : ConNeg.chooseContentType(request, AcceptList.create(offered.toArray(String[]::new)), null);
        if (type == null) {
            Answers.text(response, 406, "Not acceptable: '" + request.getHeader("Accept") + "'.");
            return;
        }
        String contentType = type.getContentTypeStr();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (contentType.equals(HTML)) {
                // A browser asked: a table to read, not SPARQL XML.
                out.writeBytes(ResultFormat.html(label, runner.select(query), prefixes).getBytes(StandardCharsets.UTF_8));
            } else {
                runner.write(query, formats.get(contentType), prefixes, out);
            }
        } catch (ConcertException e) {
            Answers.error(response, e);
            return;
        }
        response.setStatus(200);
        response.setContentType(contentType + ";charset=utf-8");
        response.setContentLength(out.size());
        if (!request.getMethod().equals("HEAD")) {
            out.writeTo(response.getOutputStream());
        }
    }
}
