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

    /** What is served now; replaced whole on a reload, so a request sees one consistent pair. */
    private record Current(KnowledgeBase kb, NamedQueryResponder namedQueries) {
    }

    private volatile Current current;
    private final long maxRequestBytes;

    EndpointFilter(KnowledgeBase kb, DatasetGraph served, long maxRequestBytes) {
        serve(kb, served);
        this.maxRequestBytes = maxRequestBytes;
    }

    void serve(KnowledgeBase kb, DatasetGraph served) {
        current = new Current(kb, new NamedQueryResponder(served));
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        Current now = current;
        KnowledgeBase kb = now.kb();
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
            now.namedQueries().respond(request, response, path.startsWith(QUERIES) ? path.substring(QUERIES.length()) : "");
            return;
        }
        if (path.equals(ConcertServer.DATASET + "/validate")) {
            validate(kb, request, response);
            return;
        }
        if (path.equals(ConcertServer.DATASET + "/explain")) {
            explain(kb, request, response);
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
        String extension = switch (type) {
            case "text/turtle" -> ".ttl";
            case "application/n-triples" -> ".nt";
            case "application/rdf+xml" -> ".rdf";
            case "application/ld+json" -> ".jsonld";
            default -> null;
        };
        if (extension == null) {
            text(response, 415, "Unsupported Content-Type '" + type + "': use text/turtle, application/n-triples, application/rdf+xml or application/ld+json.");
            return;
        }
        java.nio.file.Path file = java.nio.file.Files.createTempFile("concert-validate-", extension);
        try {
            try (java.io.InputStream in = request.getInputStream()) {
                java.nio.file.Files.write(file, in.readNBytes((int) Math.min(maxRequestBytes, Integer.MAX_VALUE - 8)));
            }
            String json = org.concert.validate.Validator.validate(java.util.List.of(file), kb.asOf()).json()
                    .replace(file.toString(), "request body");
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            response.setStatus(200);
            response.setContentType("application/json;charset=utf-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    /** {@code /concert/explain?subject=CSTO&class=CollectiveSecurityProvider} (or {@code property=...&object=...}) as JSON. */
    private static void explain(KnowledgeBase kb, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String subject = request.getParameter("subject");
        String target = request.getParameter("class") != null ? request.getParameter("class") : request.getParameter("property");
        String object = request.getParameter("object");
        com.google.gson.JsonObject json = new com.google.gson.JsonObject();
        int status = 200;
        if (subject == null || target == null) {
            status = 400;
            json.addProperty("code", org.concert.ErrorCode.USAGE.code());
            json.addProperty("message", "give subject= and class= (or property= and object=)");
        } else {
            int max = 3;
            try {
                max = Math.max(1, Math.min(10, Integer.parseInt(request.getParameter("max") == null ? "3" : request.getParameter("max"))));
            } catch (NumberFormatException e) {
                // keep the default
            }
            try {
                org.concert.reasoning.Explainer.Explanation explanation = kb.explain(subject, target, object, max);
                json.addProperty("holds", true);
                json.addProperty("entailment", explanation.entailment());
                json.addProperty("asOf", kb.asOf().toString());
                com.google.gson.JsonArray all = new com.google.gson.JsonArray();
                for (org.concert.reasoning.Explainer.Justification j : explanation.justifications()) {
                    com.google.gson.JsonArray axioms = new com.google.gson.JsonArray();
                    j.axioms().forEach(axioms::add);
                    all.add(axioms);
                }
                json.add("justifications", all);
            } catch (org.concert.ConcertException e) {
                boolean notEntailed = e.code() == org.concert.ErrorCode.NOT_ENTAILED;
                status = notEntailed ? 200 : e.code() == org.concert.ErrorCode.UNKNOWN_ENTITY ? 404 : 503;
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
