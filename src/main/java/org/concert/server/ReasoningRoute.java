package org.concert.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.apache.jena.riot.Lang;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.kb.KnowledgeBase;
import org.concert.reasoning.Explainer;
import org.concert.validate.Validator;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /concert/explain} and {@code /concert/validate}: the requests that run the reasoner, a few at a time
 * (503 with Retry-After when every slot is taken), each answer held until its slot is free again.
 */
final class ReasoningRoute {
    static final String EXPLAIN = ConcertServer.DATASET + "/explain";
    static final String VALIDATE = ConcertServer.DATASET + "/validate";

    private final EndpointFilter.Limits limits;
    private final Semaphore slots;

    ReasoningRoute(EndpointFilter.Limits limits) {
        this.limits = limits;
        this.slots = new Semaphore(limits.concurrentReasoning());
    }

    static boolean serves(String path) {
        return path.equals(EXPLAIN) || path.equals(VALIDATE);
    }

    void respond(KnowledgeBase kb, HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        if (!slots.tryAcquire()) {
            busy(response);
            return;
        }
        // The answer is held until the slot is free again, so a client that sends its next request as soon as it
        // has this answer finds the slot free.
        BufferedResponse buffered = new BufferedResponse(response, limits.responseBytes());
        try {
            if (path.equals(VALIDATE)) {
                validate(kb, request, buffered);
            } else {
                explain(kb, request, buffered);
            }
        } finally {
            slots.release();
        }
        buffered.finish();
    }

    /** 503 with Retry-After and a coded JSON body: every explain/validate slot is taken. */
    private void busy(HttpServletResponse response) throws IOException {
        JsonObject json = new JsonObject();
        json.addProperty("code", ErrorCode.SERVER_BUSY.code());
        json.addProperty("message", "explain and validate run " + limits.concurrentReasoning()
                + " at a time, and all are taken; try again shortly");
        response.setHeader("Retry-After", Long.toString(Math.max(1, limits.reasoningTime().toSeconds())));
        Answers.json(response, 503, json);
    }

    /**
     * {@code POST /concert/validate} with an RDF document as body: checks it with the served data, as
     * {@code concert validate} does, and answers the report as JSON. Nothing is stored.
     */
    private void validate(KnowledgeBase kb, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.getMethod().equals("POST")) {
            Answers.text(response, 405, "POST an RDF document (text/turtle, application/n-triples, application/rdf+xml or application/ld+json) to validate it.");
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
            Answers.text(response, 415, "Unsupported Content-Type '" + type + "': use text/turtle, application/n-triples, application/rdf+xml or application/ld+json.");
            return;
        }
        byte[] document = RequestBody.read(request, response, limits.requestBytes());
        if (document == null) {
            return;
        }
        Answers.send(response, 200, "application/json", Validator.validate(document, lang, "request body", kb.asOf(),
                limits.reasoningTime()).json().getBytes(StandardCharsets.UTF_8));
    }

    /** {@code /concert/explain?subject=CSTO&class=CollectiveSecurityProvider} (or {@code property=...&object=...}) as JSON. */
    private void explain(KnowledgeBase kb, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String subject = request.getParameter("subject");
        String target = request.getParameter("class") != null ? request.getParameter("class") : request.getParameter("property");
        String object = request.getParameter("object");
        JsonObject json = new JsonObject();
        if (subject == null || target == null) {
            json.addProperty("code", ErrorCode.USAGE.code());
            json.addProperty("message", "give subject= and class= (or property= and object=)");
            Answers.json(response, 400, json);
            return;
        }
        // The endpoint bounds the work of one request: at most ten justifications, the default when unreadable.
        int max = Explainer.DEFAULT_JUSTIFICATIONS;
        try {
            max = request.getParameter("max") == null ? max : Math.max(1, Math.min(10, Integer.parseInt(request.getParameter("max"))));
        } catch (NumberFormatException e) {
            // keep the default
        }
        int status = 200;
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
        Answers.json(response, status, json);
    }
}
