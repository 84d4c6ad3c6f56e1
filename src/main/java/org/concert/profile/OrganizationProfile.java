package org.concert.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.ParameterizedSparqlString;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.kb.KnowledgeBase;
import org.concert.kb.Memberships;
import org.concert.kb.Timeline;

/**
 * One organization as Concert records it: name, acronym, Wikidata item, establishment, the functions it performs
 * and its recognition under Chapter VIII of the UN Charter, each with the labels of its sources (and the note when
 * contested), the periods of each class HermiT inferred for it (when the timeline was built), and its dated
 * membership records, from which its members on any day follow.
 *
 * @param acronym     the acronym, e.g. NATO
 * @param iri         the organization's IRI
 * @param name        the English name
 * @param wikidata    the Wikidata item's IRI, or null
 * @param established the day it was established, or null when the data has none
 * @param functions   the functions it performs, by label
 * @param chapterViii its recognition under Chapter VIII, or null when not recognized
 * @param periods     the periods of its inferred classes, or null when the knowledge base has no timeline
 * @param memberships its membership records, every status
 * @since 0.2.0
 */
public record OrganizationProfile(String acronym, String iri, String name, String wikidata, LocalDate established,
                                  List<Sourced> functions, Sourced chapterViii, List<Timeline.Period> periods,
                                  List<Memberships.Record> memberships) {

    /**
     * A statement with its sources.
     *
     * @param label     what is stated (a function's label; "recognized under Chapter VIII")
     * @param sources   the labels of its sources
     * @param contested why it is contested, or null
     */
    public record Sourced(String label, List<String> sources, String contested) {
    }

    private static final String PREFIXES = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX concert: <https://w3id.org/concert/ontology#>
            """;

    /** The profile of the organization with {@code acronym}; {@link ErrorCode#UNKNOWN_ENTITY} when there is none. */
    public static OrganizationProfile of(KnowledgeBase kb, String acronym) {
        ParameterizedSparqlString about = new ParameterizedSparqlString(PREFIXES + """
                SELECT ?o ?name ?wikidata ?established WHERE {
                  ?o concert:acronym ?acronym .
                  OPTIONAL { ?o rdfs:label ?name FILTER (langMatches(lang(?name), "en")) }
                  OPTIONAL { ?o skos:exactMatch ?wikidata FILTER (STRSTARTS(STR(?wikidata), "http://www.wikidata.org/entity/")) }
                  OPTIONAL { ?o concert:established ?established } } LIMIT 1""");
        about.setLiteral("acronym", acronym);
        List<Map<String, String>> rows = kb.select(about.asQuery()).rows();
        if (rows.isEmpty()) {
            throw new ConcertException(ErrorCode.UNKNOWN_ENTITY, "no organization with the acronym '" + acronym + "'", acronym, -1, -1, null);
        }
        Map<String, String> row = rows.get(0);
        String iri = row.get("o");
        List<Sourced> functions = sourced(kb, iri, "concert:performsFunction");
        // concert:recognizedUnder has one legal basis in Concert's data: Chapter VIII.
        List<Sourced> recognition = sourced(kb, iri, "concert:recognizedUnder");
        Sourced chapterViii = recognition.isEmpty() ? null : recognition.get(0);
        List<Timeline.Period> periods = Timeline.kept(kb)
                .map(t -> t.periods().stream().filter(p -> p.entity().equals(iri)).toList()).orElse(null);
        return new OrganizationProfile(acronym, iri, row.getOrDefault("name", acronym), row.get("wikidata"),
                row.get("established") == null ? null : LocalDate.parse(row.get("established").substring(0, 10)),
                functions, chapterViii, periods,
                Memberships.of(kb).stream().filter(r -> r.acronym().equals(acronym)).toList());
    }

    /** Every organization of {@code kb}: acronym to English name, by acronym. */
    public static Map<String, String> names(KnowledgeBase kb) {
        Map<String, String> names = new TreeMap<>();
        kb.select(PREFIXES + """
                SELECT ?acronym ?name WHERE { ?o concert:acronym ?acronym .
                  OPTIONAL { ?o rdfs:label ?name FILTER (langMatches(lang(?name), "en")) } }""").rows()
                .forEach(r -> names.putIfAbsent(r.get("acronym"), r.getOrDefault("name", r.get("acronym"))));
        return names;
    }

    /** The records holding on {@code day}, every status. */
    public List<Memberships.Record> membersOn(LocalDate day) {
        return memberships.stream().filter(r -> r.holdsOn(day)).toList();
    }

    /** The objects of {@code property} for {@code iri}, each with the sources and note of its annotated axiom. */
    private static List<Sourced> sourced(KnowledgeBase kb, String iri, String property) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + """
                SELECT ?target ?label ?source ?contested WHERE {
                  ?o %s ?target .
                  OPTIONAL { ?target rdfs:label ?label FILTER (langMatches(lang(?label), "en")) }
                  OPTIONAL { ?axiom owl:annotatedSource ?o ; owl:annotatedProperty %s ; owl:annotatedTarget ?target .
                             OPTIONAL { ?axiom dcterms:source/rdfs:label ?source }
                             OPTIONAL { ?axiom concert:contested ?contested } } }
                ORDER BY ?label ?source""".formatted(property, property));
        q.setIri("o", iri);
        Map<String, Sourced> byTarget = new LinkedHashMap<>();
        for (Map<String, String> r : kb.select(q.asQuery()).rows()) {
            Sourced s = byTarget.computeIfAbsent(r.get("target"), t -> new Sourced(
                    r.getOrDefault("label", t.substring(Math.max(t.lastIndexOf('#'), t.lastIndexOf('/')) + 1)),
                    new ArrayList<>(), r.get("contested")));
            if (r.get("source") != null && !s.sources().contains(r.get("source"))) {
                s.sources().add(r.get("source"));
            }
        }
        return byTarget.values().stream().map(s -> new Sourced(s.label(), List.copyOf(s.sources()), s.contested())).toList();
    }
}
