package org.concert.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.sparql.core.DatasetGraph;
import org.concert.kb.KnowledgeBase;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Concert's part of the request handling, before Fuseki's: the size limit, the page at {@code /}, the named
 * queries, the service description for a query endpoint asked without a query, and a 406 for an Accept header
 * the endpoint cannot satisfy. Everything else goes on to Fuseki.
 */
final class EndpointFilter implements Filter {
    private static final String QUERIES = ConcertServer.DATASET + "/queries/";
    private static final AcceptList QUERY_OFFERS = offers();

    private final KnowledgeBase kb;
    private final NamedQueryResponder namedQueries;
    private final long maxRequestBytes;

    EndpointFilter(KnowledgeBase kb, DatasetGraph served, long maxRequestBytes) {
        this.kb = kb;
        this.namedQueries = new NamedQueryResponder(served);
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod();

        if (request.getContentLengthLong() > maxRequestBytes) {
            text(response, 413, "Request body too large: at most " + maxRequestBytes + " bytes are accepted.");
            return;
        }
        if (path.equals("/") || path.equals("/index.html")) {
            if (!method.equals("GET") && !method.equals("HEAD")) {
                text(response, 405, "Method " + method + " not allowed on the page; this endpoint is read-only.");
                return;
            }
            byte[] page = IndexPage.html(kb).getBytes(StandardCharsets.UTF_8);
            response.setStatus(200);
            response.setContentType("text/html;charset=utf-8");
            response.setContentLength(page.length);
            response.getOutputStream().write(page);
            return;
        }
        if (path.startsWith(QUERIES) || path.equals(ConcertServer.DATASET + "/queries")) {
            namedQueries.respond(request, response, path.startsWith(QUERIES) ? path.substring(QUERIES.length()) : "");
            return;
        }
        boolean queryEndpoint = path.equals(ConcertServer.DATASET + "/sparql") || path.equals(ConcertServer.DATASET + "/query");
        if (queryEndpoint && (method.equals("GET") || method.equals("HEAD")) && request.getParameter("query") == null) {
            ServiceDescription.respond(request, response);
            return;
        }
        if (queryEndpoint && request.getHeader("Accept") != null
                && ConNeg.chooseContentType(request, QUERY_OFFERS, null) == null) {
            text(response, 406, "Not acceptable: '" + request.getHeader("Accept") + "'. This endpoint answers in "
                    + QUERY_OFFERS + ".");
            return;
        }
        chain.doFilter(request, response);
    }

    static void text(HttpServletResponse response, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static AcceptList offers() {
        List<String> all = new ArrayList<>();
        for (AcceptList offer : List.of(DEF.rsOfferTable, DEF.rdfOffer, DEF.quadsOffer)) {
            offer.entries().forEach(m -> all.add(m.getContentTypeStr()));
        }
        return AcceptList.create(all.toArray(String[]::new));
    }
}
