package org.concert.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.concert.kb.KnowledgeBase;
import org.concert.query.Queries;

/**
 * Checks each {@code concert:Claim} of the data against the knowledge base: what the source says, what the data
 * computes for the knowledge base's snapshot date, and whether they agree. A measure the data cannot compute (a
 * planned force strength) is reported as such, never guessed.
 *
 * @since 0.1.0
 */
public final class Claims {
    /**
     * The date the seed's table describes: its counts date it after Brexit was announced and before North
     * Macedonia joined NATO, and Concert checks it as of this day ({@code src:nikitin-chapter}'s comment says so).
     */
    public static final LocalDate SEED_TABLE_DATE = LocalDate.of(2018, 1, 1);

    /** Agree, disagree, or cannot check. */
    public enum Verdict { AGREE, DISAGREE, CANNOT_CHECK }

    /**
     * One checked claim.
     *
     * @param claim          the claim's IRI
     * @param says           what the source says, in words
     * @param source         the label of the passage
     * @param claimed        the source's figure
     * @param computed       what the knowledge base computes, or null when it cannot
     * @param verdict        the comparison
     * @param definitionNote which definition Concert uses, where the two may differ by definition, else null
     * @param recordComplete for a figure computed from memberships: whether the organization's membership record is
     *                       complete on the snapshot date ({@code concert:membershipRecordComplete}); false means
     *                       the computed figure may be short, because members the data leaves out are not counted.
     *                       Null for a figure that does not depend on membership (a count of operations) or that
     *                       is not computed.
     */
    public record Check(String claim, String says, String source, long claimed, Long computed, Verdict verdict,
                        String definitionNote, Boolean recordComplete) {
    }

    private Claims() {
    }

    /** Checks every claim of the knowledge base's data, for its snapshot date. */
    public static List<Check> check(KnowledgeBase kb) {
        List<Check> checks = new ArrayList<>();
        for (Map<String, String> c : kb.select(Queries.PREFIXES + """
                SELECT ?claim ?label ?measure ?value ?org ?state ?body ?source ?note WHERE {
                  GRAPH <https://w3id.org/concert/graph/data> { ?claim a concert:Claim }
                  ?claim rdfs:label ?label ; concert:measure ?measure ; concert:claimedValue ?value ;
                      concert:claimAbout ?org ; dcterms:source ?src .
                  ?org a concert:InterStateOrganization .
                  ?src rdfs:label ?source .
                  OPTIONAL { ?claim concert:claimAbout ?state . ?state concert:isoAlpha3 ?code }
                  OPTIONAL { ?claim concert:claimAbout ?body . ?body org:unitOf ?parent }
                  OPTIONAL { ?claim concert:definitionNote ?note }
                } ORDER BY ?claim""").rows()) {
            Long computed = compute(kb, c.get("measure").replaceAll(".*#", ""), c.get("org"), c.get("state"), c.get("body"));
            long claimed = Long.parseLong(c.get("value"));
            Verdict verdict = computed == null ? Verdict.CANNOT_CHECK : computed == claimed ? Verdict.AGREE : Verdict.DISAGREE;
            Boolean complete = computed == null || !MEMBERSHIP_MEASURES.contains(c.get("measure").replaceAll(".*#", ""))
                    ? null : recordComplete(kb, c.get("org"));
            checks.add(new Check(c.get("claim"), c.get("label"), c.get("source"), claimed, computed, verdict, c.get("note"),
                    complete));
        }
        return checks;
    }

    /** The measures computed from memberships, whose figure is short where a membership record is open. */
    private static final Set<String> MEMBERSHIP_MEASURES = Set.of("MemberCount",
            "NorthAmericanMemberCount", "SouthCaucasusMemberCount", "CentralAsianMemberCount", "EuropeanMemberCount",
            "EntryCount", "LastWithdrawalYear", "MembersNotInBody");

    /** Whether the snapshot marks the organization's membership record complete (absent counts as open). */
    private static boolean recordComplete(KnowledgeBase kb, String org) {
        return kb.ask(Queries.PREFIXES + "ASK { <" + org + "> concert:membershipRecordComplete true }");
    }

    private static Long compute(KnowledgeBase kb, String measure, String org, String state, String body) {
        String o = "<" + org + ">";
        String query = switch (measure) {
            case "MemberCount" -> "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s org:memberOf " + o + " }";
            case "NorthAmericanMemberCount", "SouthCaucasusMemberCount", "CentralAsianMemberCount", "EuropeanMemberCount" ->
                    "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s org:memberOf " + o + " ; a concert:"
                            + measure.replace("MemberCount", "State") + " }";
            case "OperationCount" -> "SELECT (COUNT(DISTINCT ?op) AS ?n) WHERE { ?op a concert:Operation ; concert:conductedBy " + o + " }";
            case "EntryCount" -> state == null ? null : "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m org:member <" + state
                    + "> ; org:organization " + o + " ; org:role concert:FullMember . FILTER NOT EXISTS { ?m concert:continues ?p } }";
            case "LastWithdrawalYear" -> state == null ? null : "SELECT (MAX(YEAR(?end)) AS ?n) WHERE { ?m org:member <" + state
                    + "> ; org:organization " + o + " ; org:memberDuring/time:hasEnd/time:inXSDDateTimeStamp ?end . "
                    + "FILTER NOT EXISTS { ?open org:member <" + state + "> ; org:organization " + o
                    + " ; org:memberDuring ?i . FILTER NOT EXISTS { ?i time:hasEnd ?e } } }";
            case "MembersNotInBody" -> body == null ? null : "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s org:memberOf " + o
                    + " . FILTER NOT EXISTS { { ?s org:memberOf <" + body + "> } UNION { ?s concert:partnerOf <" + body + "> } } }";
            default -> null;
        };
        if (query == null) {
            return null;
        }
        String n = kb.select(Queries.PREFIXES + query).column("n").get(0);
        return n == null ? null : Long.parseLong(n);
    }
}
