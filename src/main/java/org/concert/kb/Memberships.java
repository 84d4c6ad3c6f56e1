package org.concert.kb;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.concert.ConcertException;
import org.concert.ErrorCode;

/**
 * The dated membership records of a knowledge base's data, every status, independent of its snapshot date: what
 * charts, organization pages and member lists on any day are computed from.
 *
 * @since 0.2.0
 */
public final class Memberships {
    /**
     * One membership period.
     *
     * @param state   the member's ISO 3166 alpha-3 code (or the last part of its IRI)
     * @param name    the member's English name
     * @param acronym the organization's acronym
     * @param status  the label of the membership's role ("full member", "observer", ...)
     * @param begin   the first day
     * @param end     the first day it no longer held, or null while it holds
     */
    public record Record(String state, String name, String acronym, String status, LocalDate begin, LocalDate end) {
        /** Whether the period holds on {@code day}. */
        public boolean holdsOn(LocalDate day) {
            return !day.isBefore(begin) && (end == null || day.isBefore(end));
        }

        /** Whether the period holds on any day from {@code from} to {@code to}. */
        public boolean overlaps(LocalDate from, LocalDate to) {
            return !begin.isAfter(to) && (end == null || end.isAfter(from));
        }

        /** Whether the member counts as a member, as in the seed's table: full members and participating States. */
        public boolean counted() {
            return status.equals("full member") || status.equals("permanent member") || status.equals("participating State");
        }
    }

    private static final String QUERY = """
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX time: <http://www.w3.org/2006/time#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX concert: <https://w3id.org/concert/ontology#>
            SELECT ?state ?name ?acronym ?status ?begin ?end WHERE {
              ?m org:member ?member ; org:organization ?o ; org:role ?role ; org:memberDuring ?i .
              ?o concert:acronym ?acronym .
              ?role rdfs:label ?status .
              ?i time:hasBeginning/time:inXSDDateTimeStamp ?begin .
              OPTIONAL { ?i time:hasEnd/time:inXSDDateTimeStamp ?end }
              OPTIONAL { ?member concert:isoAlpha3 ?code }
              OPTIONAL { ?member rdfs:label ?label FILTER (langMatches(lang(?label), "en")) }
              BIND (COALESCE(?code, REPLACE(STR(?member), "^.*[/#]", "")) AS ?state)
              BIND (COALESCE(?label, ?state) AS ?name) }
            ORDER BY ?begin ?name""";

    private Memberships() {
    }

    /** Every membership record of {@code kb}'s data, by first day and member's name. */
    public static List<Record> of(KnowledgeBase kb) {
        return kb.select(QUERY).rows().stream().map(Memberships::record).toList();
    }

    /** E130 for any acronym of {@code asked} that names none of the knowledge base's organizations. */
    public static void requireOrganizations(KnowledgeBase kb, List<String> asked) {
        List<String> known = kb.select("PREFIX concert: <https://w3id.org/concert/ontology#> "
                + "SELECT ?acronym WHERE { ?o concert:acronym ?acronym }").rows().stream().map(r -> r.get("acronym")).toList();
        for (String a : asked) {
            if (!known.contains(a)) {
                throw new ConcertException(ErrorCode.UNKNOWN_ENTITY, "no organization with the acronym '" + a + "'", a, -1, -1, null);
            }
        }
    }

    /** E020 unless {@code from} is not after {@code to}. */
    public static void requireRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new ConcertException(ErrorCode.INVALID_DATE, "the range's end (" + to + ") is before its beginning (" + from + ")");
        }
    }

    private static Record record(Map<String, String> row) {
        return new Record(row.get("state"), row.get("name"), row.get("acronym"), row.get("status"), day(row.get("begin")),
                row.get("end") == null ? null : day(row.get("end")));
    }

    private static LocalDate day(String stamp) {
        return LocalDate.parse(stamp.substring(0, 10));
    }
}
