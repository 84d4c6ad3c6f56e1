package org.concert.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.kb.KnowledgeBase;
import org.concert.query.Queries;
import org.concert.reasoning.Explainer;
import org.concert.validate.Validator;
import org.eclipse.jetty.http.HttpException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Concert's part of the request handling, before Fuseki's: the size limit, the page at {@code /}, the named
 * queries, the service description for a query endpoint asked without a query, and a 406 for an Accept header
 * the endpoint cannot satisfy. Everything else goes on to Fuseki.
 */
final class EndpointFilter implements Filter {
    private static final String QUERIES = ConcertServer.DATASET + "/queries/";
    private static final AcceptList QUERY_OFFERS = offers();

    /** What is served now; replaced whole on a reload, so a request sees one consistent pair. */
    private record Current(KnowledgeBase kb, NamedQueryResponder namedQueries) {
    }

    /**
     * What one request may cost: its body, its answer, how many explain/validate requests reason at once and
     * for how long.
     */
    record Limits(long requestBytes, long responseBytes, int concurrentReasoning, Duration reasoningTime) {
    }

    /** The request parameter that asks for another snapshot date. */
    static final String AS_OF = "as-of";
    /** How many other dates' knowledge bases are kept at once. */
    private static final int KEPT_DATES = 8;

    private volatile Current current;
    /** The ontology's reference and RDF at /ontology, rendered once here. */
    private final OntologyRoute ontology = new OntologyRoute();
    private final Limits limits;
    private final Semaphore reasoning;
    private final Function<KnowledgeBase, DatasetGraph> view;
    private final Function<LocalDate, KnowledgeBase> dates;
    private final Map<LocalDate, Current> other = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<LocalDate, Current> eldest) {
            return size() > KEPT_DATES;
        }
    };

    /**
     * @param view  the read-only, policy-bound view the endpoint serves of a knowledge base
     * @param dates builds the knowledge base of another date for {@code ?as-of=}, or null when only the served
     *              date is answered
     */
    EndpointFilter(KnowledgeBase kb, Limits limits, Function<KnowledgeBase, DatasetGraph> view,
                   Function<LocalDate, KnowledgeBase> dates) {
        this.view = view;
        this.dates = dates;
        serve(kb);
        this.limits = limits;
        this.reasoning = new Semaphore(limits.concurrentReasoning());
    }

    void serve(KnowledgeBase kb) {
        current = new Current(kb, new NamedQueryResponder(view.apply(kb)));
        synchronized (other) {
            other.clear();
        }
    }

    /**
     * What answers for {@code date}: the served knowledge base, or one built for that date (one build at a time,
     * the last {@value #KEPT_DATES} kept).
     */
    private Current at(LocalDate date, Current now) {
        if (date.equals(now.kb().asOf())) {
            return now;
        }
        if (dates == null) {
            throw new ConcertException(ErrorCode.INVALID_DATE, "this endpoint answers only as of " + now.kb().asOf(), AS_OF, -1, -1, null);
        }
        synchronized (other) {
            Current kept = other.get(date);
            if (kept == null) {
                KnowledgeBase kb = dates.apply(date);
                kept = new Current(kb, new NamedQueryResponder(view.apply(kb)));
                other.put(date, kept);
            }
            return kept;
        }
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        Current now = current;
        KnowledgeBase kb = now.kb();
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod();

        if (request.getContentLengthLong() > limits.requestBytes()) {
            text(response, 413, "Request body too large: at most " + limits.requestBytes() + " bytes are accepted.");
            return;
        }
        if (OntologyRoute.serves(path)) {
            ontology.respond(request, response, path);
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
        boolean queryEndpoint = path.equals(ConcertServer.DATASET + "/sparql") || path.equals(ConcertServer.DATASET + "/query");
        String query = request.getQueryString();
        if ((path.startsWith(QUERIES) || queryEndpoint) && query != null && query.contains(AS_OF + "=")) {
            // Another snapshot date for this request: answered from that date's knowledge base.
            try {
                now = at(LocalDate.parse(request.getParameter(AS_OF)), now);
            } catch (DateTimeParseException e) {
                text(response, 400, ErrorCode.INVALID_DATE.code() + " '" + request.getParameter(AS_OF)
                        + "' is not a date in the form YYYY-MM-DD");
                return;
            } catch (ConcertException e) {
                text(response, e.code() == ErrorCode.INVALID_DATE ? 400 : 503, e.code().code() + " " + e.getMessage());
                return;
            }
            if (queryEndpoint) {
                String text = request.getParameter("query");
                if (text == null) {
                    text(response, 400, "Give the query in the 'query' parameter.");
                    return;
                }
                Query parsed;
                try {
                    parsed = Queries.parse(text, "query");
                } catch (ConcertException e) {
                    text(response, 400, e.code().code() + " " + e.getMessage());
                    return;
                }
                BufferedResponse buffered = new BufferedResponse(response, limits.responseBytes());
                try {
                    now.namedQueries().answer(request, buffered, parsed, "The query");
                } catch (BufferedResponse.TooLarge e) {
                    // answered below
                }
                finish(buffered, response);
                return;
            }
        }
        if (path.startsWith(QUERIES) || path.equals(ConcertServer.DATASET + "/queries")) {
            BufferedResponse buffered = new BufferedResponse(response, limits.responseBytes());
            try {
                now.namedQueries().respond(request, buffered, path.startsWith(QUERIES) ? path.substring(QUERIES.length()) : "");
            } catch (BufferedResponse.TooLarge e) {
                // answered below
            }
            finish(buffered, response);
            return;
        }
        if (path.equals(ConcertServer.DATASET + "/validate") || path.equals(ConcertServer.DATASET + "/explain")) {
            if (!reasoning.tryAcquire()) {
                busy(response);
                return;
            }
            // The answer is held until the slot is free again, so a client that sends its next request as soon as
            // it has this answer finds the slot free.
            BufferedResponse buffered = new BufferedResponse(response, limits.responseBytes());
            try {
                if (path.endsWith("/validate")) {
                    validate(kb, request, buffered);
                } else {
                    explain(kb, request, buffered);
                }
            } finally {
                reasoning.release();
            }
            finish(buffered, response);
            return;
        }
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
        if (path.equals("/$/ping")) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest bounded = request;
        if (request.getContentLengthLong() < 0 && !method.equals("GET") && !method.equals("HEAD")
                && !String.valueOf(request.getContentType()).startsWith("application/x-www-form-urlencoded")) {
            // A body without a length (chunked) is read here, up to the limit, so that one too large gets 413
            // rather than the 500 the query processor would make of Jetty's size error.
            byte[] body = readBody(request, response);
            if (body == null) {
                return;
            }
            bounded = new HttpServletRequestWrapper(request) {
                @Override
                public ServletInputStream getInputStream() {
                    ByteArrayInputStream in = new ByteArrayInputStream(body);
                    return new ServletInputStream() {
                        @Override
                        public int read() {
                            return in.read();
                        }

                        @Override
                        public int read(byte[] b, int off, int len) {
                            return in.read(b, off, len);
                        }

                        @Override
                        public boolean isFinished() {
                            return in.available() == 0;
                        }

                        @Override
                        public boolean isReady() {
                            return true;
                        }

                        @Override
                        public void setReadListener(ReadListener listener) {
                            throw new IllegalStateException("the body was read already");
                        }
                    };
                }

                @Override
                public long getContentLengthLong() {
                    return body.length;
                }

                @Override
                public int getContentLength() {
                    return body.length;
                }
            };
        }
        BufferedResponse buffered = new BufferedResponse(response, limits.responseBytes());
        try {
            chain.doFilter(bounded, buffered);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!buffered.overflowed()) {
                throw e;
            }
        }
        finish(buffered, response);
    }

    /** The request body, or null after answering 413 when it is larger than the limit. */
    private byte[] readBody(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(limits.requestBytes() + 1, Integer.MAX_VALUE - 8));
        } catch (RuntimeException e) {
            // Jetty's size limit stops a chunked body past the limit while it is read.
            if (!(e instanceof HttpException http && http.getCode() == 413)) {
                throw e;
            }
            body = null;
        }
        if (body == null || body.length > limits.requestBytes()) {
            text(response, 413, "Request body too large: at most " + limits.requestBytes() + " bytes are accepted.");
            return null;
        }
        return body;
    }

    /** Sends a buffered answer, or, when it outgrew the limit, a 503 with its code in its place. */
    private void finish(BufferedResponse buffered, HttpServletResponse response) throws IOException {
        if (buffered.overflowed()) {
            response.reset();
            text(response, 503, ErrorCode.RESULT_TOO_LARGE.code() + " The answer is larger than the endpoint's limit of "
                    + limits.responseBytes() + " bytes. " + ErrorCode.RESULT_TOO_LARGE.hint());
            return;
        }
        buffered.send();
    }

    /** 503 with Retry-After and a coded JSON body: every explain/validate slot is taken. */
    private void busy(HttpServletResponse response) throws IOException {
        JsonObject json = new JsonObject();
        json.addProperty("code", ErrorCode.SERVER_BUSY.code());
        json.addProperty("message", "explain and validate run " + limits.concurrentReasoning()
                + " at a time, and all are taken; try again shortly");
        byte[] body = (json + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(503);
        response.setHeader("Retry-After", Long.toString(Math.max(1, limits.reasoningTime().toSeconds())));
        response.setContentType("application/json;charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * {@code POST /concert/validate} with an RDF document as body: checks it with the served data, as
     * {@code concert validate} does, and answers the report as JSON. Nothing is stored.
     */
    private void validate(KnowledgeBase kb, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.getMethod().equals("POST")) {
            text(response, 405, "POST an RDF document (text/turtle, application/n-triples, application/rdf+xml or application/ld+json) to validate it.");
            return;
        }
        String type = request.getContentType() == null ? "" : request.getContentType().split(";")[0].strip();
        Lang lang = switch (type) {
            case "text/turtle" -> Lang.TURTLE;
            case "application/n-triples" -> Lang.NTRIPLES;
            case "application/rdf+xml" -> Lang.RDFXML;
            case "application/ld+json" -> Lang.JSONLD;
            default -> null;
        };
        if (lang == null) {
            text(response, 415, "Unsupported Content-Type '" + type + "': use text/turtle, application/n-triples, application/rdf+xml or application/ld+json.");
            return;
        }
        byte[] document = readBody(request, response);
        if (document == null) {
            return;
        }
        byte[] body = Validator.validate(document, lang, "request body", kb.asOf(), limits.reasoningTime()).json()
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(200);
        response.setContentType("application/json;charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** {@code /concert/explain?subject=CSTO&class=CollectiveSecurityProvider} (or {@code property=...&object=...}) as JSON. */
    private void explain(KnowledgeBase kb, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String subject = request.getParameter("subject");
        String target = request.getParameter("class") != null ? request.getParameter("class") : request.getParameter("property");
        String object = request.getParameter("object");
        JsonObject json = new JsonObject();
        int status = 200;
        if (subject == null || target == null) {
            status = 400;
            json.addProperty("code", ErrorCode.USAGE.code());
            json.addProperty("message", "give subject= and class= (or property= and object=)");
        } else {
            int max = 3;
            try {
                max = Math.max(1, Math.min(10, Integer.parseInt(request.getParameter("max") == null ? "3" : request.getParameter("max"))));
            } catch (NumberFormatException e) {
                // keep the default
            }
            try {
                Explainer.Explanation explanation = kb.explain(subject, target, object, max, limits.reasoningTime());
                json.addProperty("holds", true);
                json.addProperty("entailment", explanation.entailment());
                json.addProperty("asOf", kb.asOf().toString());
                JsonArray all = new JsonArray();
                JsonArray asData = new JsonArray();
                for (Explainer.Justification j : explanation.justifications()) {
                    JsonArray axioms = new JsonArray();
                    j.axioms().forEach(axioms::add);
                    all.add(axioms);
                    JsonArray steps = new JsonArray();
                    for (Explainer.Step step : j.steps()) {
                        JsonObject o = new JsonObject();
                        o.addProperty("axiom", step.axiom());
                        JsonArray entities = new JsonArray();
                        step.entities().forEach(entities::add);
                        o.add("entities", entities);
                        o.addProperty("source", step.source());
                        steps.add(o);
                    }
                    asData.add(steps);
                }
                json.add("justifications", all);
                json.add("steps", asData);
            } catch (ConcertException e) {
                boolean notEntailed = e.code() == ErrorCode.NOT_ENTAILED;
                status = notEntailed ? 200 : e.code() == ErrorCode.UNKNOWN_ENTITY ? 404 : 503;
                if (notEntailed) {
                    json.addProperty("holds", false);
                }
                json.addProperty("code", e.code().code());
                json.addProperty("message", e.getMessage());
                json.addProperty("asOf", kb.asOf().toString());
            }
        }
        byte[] body = (json.toString() + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
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
