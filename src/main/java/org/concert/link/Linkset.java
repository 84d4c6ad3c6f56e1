package org.concert.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.concert.kb.KnowledgeBase;

/**
 * The links of Concert's states and organizations to Wikidata ({@code skos:exactMatch}, which says the two
 * describe the same thing without merging their descriptions as {@code owl:sameAs} would), as a publishable
 * linkset with its VoID description.
 *
 * @since 0.1.0
 */
public final class Linkset {
    /** The IRI of the linkset's VoID description. */
    public static final String LINKSET = "https://w3id.org/concert/linkset/wikidata";
    /** The IRI of Concert as a VoID dataset. */
    public static final String CONCERT_DATASET = "https://w3id.org/concert/dataset";
    /** The IRI of Wikidata as a VoID dataset. */
    public static final String WIKIDATA_DATASET = "http://www.wikidata.org/";

    private static final String LINKS = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX concert: <https://w3id.org/concert/ontology#>
            SELECT DISTINCT ?entity ?label ?kind ?target WHERE {
              ?entity skos:exactMatch ?target .
              { ?entity a/rdfs:subClassOf* concert:State BIND ("state" AS ?kind) } UNION { ?entity a concert:Territory BIND ("territory" AS ?kind) }
              UNION { ?entity a concert:InterStateOrganization BIND ("organization" AS ?kind) }
              OPTIONAL { ?entity rdfs:label ?label FILTER (LANG(?label) = "en") }
            } ORDER BY ?kind ?entity ?target""";

    private Linkset() {
    }

    /** Every link as a row: {@code entity}, {@code label}, {@code kind} (state, territory or organization), {@code target}. */
    public static List<Map<String, String>> rows(KnowledgeBase kb) {
        return kb.select(LINKS).rows();
    }

    /** The links and their VoID description (linkset, the two datasets, link predicate, triple count, licence). */
    public static Model model(KnowledgeBase kb) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("skos", SKOS.uri).setNsPrefix("void", VOID.NS).setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("wd", "http://www.wikidata.org/entity/").setNsPrefix("state", "https://w3id.org/concert/id/state/")
                .setNsPrefix("rio", "https://w3id.org/concert/id/org/");
        List<Map<String, String>> rows = rows(kb);
        for (Map<String, String> row : rows) {
            m.add(m.createResource(row.get("entity")), SKOS.exactMatch, m.createResource(row.get("target")));
        }
        Resource concert = m.createResource(CONCERT_DATASET).addProperty(RDF.type, VOID.Dataset)
                .addProperty(DCTerms.title, "Concert: regional inter-state organizations and their members over time", "en")
                .addProperty(VOID.uriSpace, "https://w3id.org/concert/id/");
        Resource wikidata = m.createResource(WIKIDATA_DATASET).addProperty(RDF.type, VOID.Dataset)
                .addProperty(DCTerms.title, "Wikidata", "en")
                .addProperty(VOID.uriSpace, "http://www.wikidata.org/entity/")
                .addProperty(VOID.sparqlEndpoint, m.createResource("https://query.wikidata.org/sparql"));
        m.createResource(LINKSET).addProperty(RDF.type, VOID.Linkset)
                .addProperty(DCTerms.title, "Concert states and organizations linked to Wikidata items", "en")
                .addProperty(DCTerms.description, "skos:exactMatch links from Concert's states (ISO 3166 codes to Wikidata items, "
                        + "shared/reference/countries-wikidata.csv) and organizations (verified items only, "
                        + "shared/reference/organizations-wikidata.csv) to Wikidata.", "en")
                .addProperty(VOID.subjectsTarget, concert)
                .addProperty(VOID.objectsTarget, wikidata)
                .addProperty(VOID.target, concert)
                .addProperty(VOID.target, wikidata)
                .addProperty(VOID.linkPredicate, SKOS.exactMatch)
                .addLiteral(VOID.triples, m.createTypedLiteral(Integer.toString(rows.size()), XSDDatatype.XSDinteger))
                .addProperty(DCTerms.license, m.createResource("https://creativecommons.org/publicdomain/zero/1.0/"));
        return m;
    }

    /** The links as CSV with a header line: entity,label,kind,target. */
    public static String csv(KnowledgeBase kb) {
        StringBuilder sb = new StringBuilder("entity,label,kind,target\n");
        for (Map<String, String> row : rows(kb)) {
            List<String> cells = new ArrayList<>();
            for (String key : List.of("entity", "label", "kind", "target")) {
                String v = row.getOrDefault(key, "");
                cells.add(v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
            }
            sb.append(String.join(",", cells)).append('\n');
        }
        return sb.toString();
    }
}
