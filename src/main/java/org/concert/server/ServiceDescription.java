package org.concert.server;

import java.io.IOException;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The SPARQL 1.1 Service Description that a query endpoint returns to a GET without a query, in place of
 * Fuseki's 404: what the endpoint is, that it is read-only, its result formats and its named graphs.
 */
final class ServiceDescription {

    private ServiceDescription() {
    }

    static void respond(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String endpoint = request.getRequestURL().toString();
        String turtle = """
                @prefix sd:   <http://www.w3.org/ns/sparql-service-description#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix fmt:  <http://www.w3.org/ns/formats/> .

                [] a sd:Service ;
                    rdfs:label "Concert: regional inter-state organizations (read-only SPARQL 1.1 query endpoint)" ;
                    rdfs:comment "Send a query with ?query=... (GET) or POST it. The default graph is the union of the named graphs. Named queries: /concert/queries/NAME." ;
                    sd:endpoint <%s> ;
                    sd:supportedLanguage sd:SPARQL11Query ;
                    sd:feature sd:UnionDefaultGraph ;
                    sd:resultFormat fmt:SPARQL_Results_JSON , fmt:SPARQL_Results_XML , fmt:SPARQL_Results_CSV , fmt:SPARQL_Results_TSV ,
                        fmt:Turtle , fmt:N-Triples , fmt:JSON-LD , fmt:RDF_XML ;
                    sd:defaultDataset [ a sd:Dataset ;
                        sd:namedGraph [ sd:name <https://w3id.org/concert/graph/schema> ] ,
                                      [ sd:name <https://w3id.org/concert/graph/data> ] ,
                                      [ sd:name <https://w3id.org/concert/graph/snapshot> ] ,
                                      [ sd:name <https://w3id.org/concert/graph/inferred> ] ] .
                """.formatted(endpoint);
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, new java.io.StringReader(turtle), null, Lang.TURTLE);
        MediaType type = ConNeg.chooseContentType(request, DEF.rdfOffer, DEF.acceptTurtle);
        if (type == null) {
            Answers.text(response, 406, "Not acceptable: the service description is available as "
                    + DEF.rdfOffer + ".");
            return;
        }
        Lang lang = RDFLanguages.contentTypeToLang(type.getContentTypeStr());
        response.setStatus(200);
        response.setContentType(type.getContentTypeStr() + ";charset=utf-8");
        if (!request.getMethod().equals("HEAD")) {
            RDFDataMgr.write(response.getOutputStream(), model, lang == null ? Lang.TURTLE : lang);
        }
    }
}
