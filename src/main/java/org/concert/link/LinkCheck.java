package org.concert.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.concert.kb.KnowledgeBase;
import org.concert.query.Queries;
import org.concert.query.SelectResult;

/**
 * Checks the linkset: malformed targets, targets shared by two entities, states and organizations without a
 * link, and, when an external copy of Wikidata data is given, links whose target is typed (wdt:P31) as the wrong
 * kind of thing, such as a state linked to a city.
 *
 * @since 0.1.0
 */
public final class LinkCheck {
    private static final String P31 = "http://www.wikidata.org/prop/direct/P31";
    private static final String WD = "http://www.wikidata.org/entity/";
    /** Wikidata classes a state's item may have: country, sovereign state, state, historical country, member state of the UN. */
    static final Set<String> STATE_CLASSES = Set.of(WD + "Q6256", WD + "Q3624078", WD + "Q7275", WD + "Q3024240",
            WD + "Q160016", WD + "Q1763527", WD + "Q112099");
    /** Wikidata classes an organization's item may have: international, intergovernmental, regional and military organizations, unions. */
    static final Set<String> ORGANIZATION_CLASSES = Set.of(WD + "Q484652", WD + "Q245065", WD + "Q1335818",
            WD + "Q1127126", WD + "Q4120211", WD + "Q43229", WD + "Q7210356", WD + "Q163740", WD + "Q1140229");

    /** What is wrong with a link. @since 0.2.0 */
    public enum Problem {
        /** Not a Wikidata item IRI. */
        MALFORMED("malformed"),
        /** The same item linked from two entities. */
        DUPLICATE("duplicate"),
        /** A state, territory or organization without a link. */
        UNLINKED("unlinked"),
        /** The item is typed as another kind of thing than the entity. */
        WRONG_KIND("wrong-kind");

        private final String label;

        Problem(String label) {
            this.label = label;
        }

        /** The label written in reports, e.g. {@code wrong-kind}. */
        public String label() {
            return label;
        }
    }

    /**
     * One finding.
     *
     * @param problem what is wrong
     * @param entity  the entity's IRI
     * @param detail  the link, or what is missing
     */
    public record Finding(Problem problem, String entity, String detail) {
        /** The problem's label, as reports write it. */
        public String kind() {
            return problem.label();
        }

        @Override
        public String toString() {
            return kind() + "\t" + entity + "\t" + detail;
        }
    }

    private LinkCheck() {
    }

    /** Checks the links of a knowledge base, against an external copy of Wikidata triples when given (else null). */
    public static List<Finding> check(KnowledgeBase kb, Model external) {
        List<Finding> findings = new ArrayList<>();
        String prefixes = Queries.PREFIXES;
        for (Map<String, String> r : kb.select(prefixes + """
                SELECT ?e ?t WHERE { ?e skos:exactMatch ?t .
                  FILTER (!isIRI(?t) || !REGEX(STR(?t), "^http://www\\\\.wikidata\\\\.org/entity/Q[1-9][0-9]*$")) } ORDER BY ?e""").rows()) {
            findings.add(new Finding(Problem.MALFORMED, r.get("e"), r.get("t")));
        }
        for (Map<String, String> r : kb.select(prefixes + """
                SELECT ?e ?t WHERE { ?e skos:exactMatch ?t . ?other skos:exactMatch ?t . FILTER (?e != ?other) } ORDER BY ?t ?e""").rows()) {
            findings.add(new Finding(Problem.DUPLICATE, r.get("e"), r.get("t")));
        }
        for (Map<String, String> r : kb.select(prefixes + """
                SELECT DISTINCT ?e WHERE { { ?e a/<http://www.w3.org/2000/01/rdf-schema#subClassOf>* concert:State } UNION { ?e a concert:Territory }
                  UNION { ?e a concert:InterStateOrganization }
                  FILTER NOT EXISTS { ?e skos:exactMatch ?t } } ORDER BY ?e""").rows()) {
            findings.add(new Finding(Problem.UNLINKED, r.get("e"), "no Wikidata link"));
        }
        if (external != null) {
            SelectResult links = kb.select(prefixes + """
                    SELECT DISTINCT ?e ?t ?kind WHERE { ?e skos:exactMatch ?t .
                      { ?e a/<http://www.w3.org/2000/01/rdf-schema#subClassOf>* concert:State BIND ("state" AS ?kind) } UNION { ?e a concert:InterStateOrganization BIND ("organization" AS ?kind) } }""");
            for (Map<String, String> r : links.rows()) {
                List<String> types = external.listObjectsOfProperty(external.createResource(r.get("t")),
                        external.createProperty(P31)).mapWith(n -> n.toString()).toList();
                if (types.isEmpty()) {
                    continue;
                }
                Set<String> expected = r.get("kind").equals("state") ? STATE_CLASSES : ORGANIZATION_CLASSES;
                if (types.stream().noneMatch(expected::contains)) {
                    findings.add(new Finding(Problem.WRONG_KIND, r.get("e"), r.get("t") + " is typed " + String.join(", ", types)
                            + ", not as a" + (r.get("kind").equals("state") ? " state" : "n organization")));
                }
            }
        }
        return findings;
    }
}
