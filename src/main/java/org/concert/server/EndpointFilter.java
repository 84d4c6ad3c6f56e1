package org.concert.server;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.system.ConNeg;
import org.concert.kb.KnowledgeBase;
import org.concert.query.QueryRunner;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Concert's part of the request handling, before Fuseki's: the size limit, then each of Concert's routes (pages,
 * charts, the ontology, named and dated queries, explain and validate), the service description for a query
 * endpoint asked without a query, and a 406 for an Accept header the endpoint cannot satisfy. Everything else goes
 * on to Fuseki, its answer held within the response limit.
 */
final class EndpointFilter implements Filter {
    private static final AcceptList QUERY_OFFERS = offers();

    /**
     * What one request may cost: its body, its answer, how many explain/validate requests reason at once and
     * for how long.
     */
    record Limits(long requestBytes, long responseBytes, int concurrentReasoning, Duration reasoningTime) {
    }

    private final Limits limits;
    private final ServedDates served;
    /** The ontology's reference and RDF at /ontology, rendered once here. */
    private final OntologyRoute ontology = new OntologyRoute();
    private final PageRoute pages;
    private final ChartRoute charts;
    private final QueryRoute queries;
    private final ReasoningRoute reasoning;

    /**
     * @param runners the query runner of a knowledge base, with the endpoint's timeout and SERVICE policy
     * @param dates builds the knowledge base of another date for {@code ?as-of=}, or null when only the served
     *              date is answered
     */
    EndpointFilter(KnowledgeBase kb, Limits limits, Function<KnowledgeBase, QueryRunner> runners,
                   Function<LocalDate, KnowledgeBase> dates) {
        this.limits = limits;
        this.served = new ServedDates(kb, runners, dates);
        this.pages = new PageRoute(served);
        this.charts = new ChartRoute(served);
        this.queries = new QueryRoute(served, limits.responseBytes());
        this.reasoning = new ReasoningRoute(limits);
    }

    void serve(KnowledgeBase kb) {
        served.serve(kb);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod();
        boolean queryEndpoint = path.equals(ConcertServer.DATASET + "/sparql") || path.equals(ConcertServer.DATASET + "/query");

        if (request.getContentLengthLong() > limits.requestBytes()) {
            RequestBody.tooLarge(response, limits.requestBytes());
        } else if (OntologyRoute.serves(path)) {
            ontology.respond(request, response, path);
        } else if (PageRoute.serves(path)) {
            pages.respond(request, response, path);
        } else if (ChartRoute.serves(path)) {
            charts.respond(request, response, path);
        } else if (QueryRoute.servesNamed(path)) {
            queries.named(request, response, path);
        } else if (queryEndpoint && QueryRoute.isDated(request)) {
            queries.dated(request, response);
        } else if (ReasoningRoute.serves(path)) {
            reasoning.respond(served.current().kb(), request, response, path);
        } else if (queryEndpoint && (method.equals("GET") || method.equals("HEAD")) && request.getParameter("query") == null) {
            ServiceDescription.respond(request, response);
        } else if (queryEndpoint && request.getHeader("Accept") != null
                && ConNeg.chooseContentType(request, QUERY_OFFERS, null) == null) {
            Answers.text(response, 406, "Not acceptable: '" + request.getHeader("Accept") + "'. This endpoint answers in "
                    + QUERY_OFFERS + ".");
        } else if (path.equals("/$/ping")) {
            chain.doFilter(request, response);
        } else {
            toFuseki(request, response, chain);
        }
    }

    /** Fuseki's answer, held within the response limit; a body without a length is read first, within the request limit. */
    private void toFuseki(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest bounded = request;
        String method = request.getMethod();
        if (request.getContentLengthLong() < 0 && !method.equals("GET") && !method.equals("HEAD")
                && !String.valueOf(request.getContentType()).startsWith("application/x-www-form-urlencoded")) {
            // A chunked body is read here, up to the limit, so that one too large gets 413 rather than the 500
            // the query processor would make of Jetty's size error.
            byte[] body = RequestBody.read(request, response, limits.requestBytes());
            if (body == null) {
                return;
            }
            bounded = RequestBody.replay(request, body);
        }
        BufferedResponse buffered = new BufferedResponse(response, limits.responseBytes());
        try {
            chain.doFilter(bounded, buffered);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!buffered.overflowed()) {
                throw e;
            }
        }
        buffered.finish();
    }

    private static AcceptList offers() {
        List<String> all = new ArrayList<>();
        for (AcceptList offer : List.of(DEF.rsOfferTable, DEF.rdfOffer, DEF.quadsOffer)) {
            offer.entries().forEach(m -> all.add(m.getContentTypeStr()));
        }
        return AcceptList.create(all.toArray(String[]::new));
    }
}
