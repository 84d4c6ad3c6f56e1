package org.concert.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.concert.docs.OntologyDocs;
import org.concert.kb.BundledOntology;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The ontology at {@code /ontology}, where its IRI {@code https://w3id.org/concert/ontology} (and every term IRI
 * {@code ...ontology#Term}, whose fragment a client never sends) leads: the HTML reference of {@link OntologyDocs}
 * for a browser, the merged ontology in Turtle (or RDF/XML, N-Triples) for an RDF client, chosen by the Accept
 * header; Turtle when a client states no preference. {@code /ontology.html} and {@code /ontology.ttl} name one
 * representation each. The schema modules' IRIs ({@code /ontology/schema}, {@code /ontology/schema/vocabularies})
 * answer their own file to an RDF client and send a browser to the reference. Everything is rendered once, when
 * the route is made, and only read afterwards.
 */
final class OntologyRoute {
    /** The path of the ontology's IRI on this server. */
    static final String PATH = "/ontology";

    private static final String HTML = "text/html";
    private static final String XHTML = "application/xhtml+xml";
    private static final String TURTLE = "text/turtle";
    private static final String RDF_XML = "application/rdf+xml";
    private static final String N_TRIPLES = "application/n-triples";
    /** Turtle first: a client that accepts anything ({@code *}{@code /*}, or no Accept header) gets Turtle. */
    private static final AcceptList OFFERS = AcceptList.create(TURTLE, HTML, XHTML, RDF_XML, N_TRIPLES);

    private final byte[] html;
    /** The RDF representations of the ontology and of each module, by path and then by media type. */
    private final Map<String, Map<String, byte[]>> rdf = new LinkedHashMap<>();

    /** The route for Concert's bundled ontology. */
    OntologyRoute() {
        this(OntologyDocs.bundled());
    }

    OntologyRoute(OntologyDocs docs) {
        // Relative to /ontology, so that the page works under any host name.
        this.html = docs.html("ontology.ttl").getBytes(StandardCharsets.UTF_8);
        rdf.put(PATH, representations(docs.model()));
        for (BundledOntology.Part part : BundledOntology.load()) {
            if (!part.isData() && part.ontologyIri().startsWith(BundledOntology.ROOT_IRI + "/")) {
                Model module = ModelFactory.createDefaultModel().add(ModelFactory.createModelForGraph(part.graph()));
                module.setNsPrefixes(part.graph().getPrefixMapping());
                rdf.put(PATH + part.ontologyIri().substring(BundledOntology.ROOT_IRI.length()), representations(module));
            }
        }
    }

    /** Whether a request path is the ontology's: {@code /ontology}, {@code /ontology.EXT} or below {@code /ontology/}. */
    static boolean serves(String path) {
        return path.equals(PATH) || path.startsWith(PATH + ".") || path.startsWith(PATH + "/");
    }

    /** Answers a request for a path that {@link #serves}. */
    void respond(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
            response.setHeader("Allow", "GET, HEAD");
            Answers.text(response, 405, "Method " + request.getMethod() + " not allowed: the ontology is read-only.");
            return;
        }
        switch (path) {
            case PATH + ".html" -> Answers.send(response, 200, HTML, html);
            case PATH + ".ttl" -> Answers.send(response, 200, TURTLE, rdf.get(PATH).get(TURTLE));
            case PATH + ".rdf" -> Answers.send(response, 200, RDF_XML, rdf.get(PATH).get(RDF_XML));
            case PATH + ".nt" -> Answers.send(response, 200, N_TRIPLES, rdf.get(PATH).get(N_TRIPLES));
            default -> negotiate(request, response, path);
        }
    }

    private void negotiate(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        Map<String, byte[]> forms = rdf.get(path);
        if (forms == null) {
            Answers.text(response, 404, "No ontology at " + path + ". The ontology is at " + PATH + ", its modules at "
                    + String.join(", ", rdf.keySet().stream().filter(p -> !p.equals(PATH)).toList()) + ".");
            return;
        }
        response.setHeader("Vary", "Accept");
        String accept = request.getHeader("Accept");
        MediaType chosen = accept == null || accept.isBlank() ? MediaType.create(TURTLE)
                : AcceptList.match(new AcceptList(accept), OFFERS);
        if (chosen == null) {
            Answers.text(response, 406, "Not acceptable: '" + accept + "'. The ontology is available as " + OFFERS + ".");
            return;
        }
        String type = chosen.getContentTypeStr();
        if (type.equals(HTML) || type.equals(XHTML)) {
            if (path.equals(PATH)) {
                Answers.send(response, 200, type, html);
            } else {
                // A module's terms are documented on the one page of the ontology.
                response.setHeader("Location", request.getContextPath() + PATH);
                Answers.text(response, 303, "The terms of this module are documented at " + PATH + ".");
            }
            return;
        }
        Answers.send(response, 200, type, forms.get(type));
    }

    private static Map<String, byte[]> representations(Model model) {
        Map<String, byte[]> forms = new LinkedHashMap<>();
        for (Map.Entry<String, RDFFormat> form : Map.of(TURTLE, RDFFormat.TURTLE_PRETTY, RDF_XML, RDFFormat.RDFXML_PLAIN,
                N_TRIPLES, RDFFormat.NTRIPLES).entrySet()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, model, form.getValue());
            forms.put(form.getKey(), out.toByteArray());
        }
        return forms;
    }
}
