package org.concert.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.kb.KnowledgeBase;
import org.concert.query.NamedQueries;
import org.concert.query.SelectResult;

/**
 * Concert's memberships in the three forms of the Correlates of War IGO data, version 3: IGO-year (one row per
 * organization and year, one column per state, named as in COW), state-year (one row per state and year, one column
 * per organization) and dyad-year (one row per pair of states and year, 1 where both are full members).
 *
 * <p><b>Coding a year</b> (the rule {@link CowIgo#compare} measured against COW: 99.6% agreement): a state's status
 * in an organization in a year is the strongest status that held on any day of that year: 1 full membership (also a
 * participating State of the OSCE, and a suspended member, who stays on the organization's roll), 2 associate
 * membership, 3 observer, otherwise 0 (partners of NATO are 0: not members). COW's other codes: -9 (missing) for a
 * COW state that Concert does not describe, since Concert cannot say whether it was a member; -1 in the state-year
 * form for years before the organization was established (in the IGO-year form those years have no row). Concert
 * cannot yet tell COW's -1 for a state outside the state system, since the bundled COW state list has no dates.
 * Years run from {@code from} to {@code to}, up to the current year. Inferred columns come from the timeline.
 *
 * @since 0.2.0
 */
public final class CowExport {
    /** The three forms. */
    public enum Form {
        IGO_YEAR, STATE_YEAR, DYAD_YEAR;

        /** {@code igo-year}, {@code state-year} or {@code dyad-year}; {@link ErrorCode#USAGE} otherwise. */
        public static Form of(String name) {
            for (Form f : values()) {
                if (f.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(name)) {
                    return f;
                }
            }
            throw new ConcertException(ErrorCode.USAGE, "'" + name + "' is not a COW form: igo-year, state-year or dyad-year");
        }
    }

    private record Org(String acronym, String name, int established) {
    }

    private record Held(String role, LocalDate begin, LocalDate end) {
    }

    private CowExport() {
    }

    /**
     * Writes {@code form} for the years {@code from} to {@code to} and the organizations {@code acronyms} (all of
     * them when empty) as CSV with COW's column names.
     */
    public static void write(KnowledgeBase kb, Form form, int from, int to, List<String> acronyms, Writer out) {
        write(kb, form, from, to, acronyms, false, out);
    }

    /**
     * As {@link #write(KnowledgeBase, Form, int, int, List, Writer)}; with {@code withInferred}, columns from the
     * knowledge base's timeline (built with {@code withTimeline()}) follow COW's: in the IGO-year form
     * {@code collective_security_provider} and {@code collective_defence_alliance} (1 when the organization was so
     * classified on any day of the year), in the state-year form {@code protected_by} (the alliances, by acronym and
     * separated by {@code ;}, that protected the state on any day of the year).
     */
    public static void write(KnowledgeBase kb, Form form, int from, int to, List<String> acronyms, boolean withInferred,
                             Writer out) {
        if (from > to || from < 1816 || to > 9999) {
            throw new ConcertException(ErrorCode.INVALID_DATE, "the years " + from + " to " + to + " are not a range within 1816 to 9999");
        }
        Map<String, Org> orgs = organizations(kb, acronyms);
        Map<String, List<Held>> held = memberships(kb);
        Map<String, List<Held>> inferred = withInferred ? classifications(kb) : null;
        List<CowStates.State> states = CowStates.all();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            switch (form) {
                case IGO_YEAR -> igoYear(csv, orgs, held, inferred, states, from, to);
                case STATE_YEAR -> stateYear(csv, orgs, held, inferred, states, from, to);
                default -> dyadYear(csv, orgs, held, states, from, to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void igoYear(CSVPrinter csv, Map<String, Org> orgs, Map<String, List<Held>> held,
                                Map<String, List<Held>> inferred, List<CowStates.State> states, int from, int to) throws IOException {
        List<String> header = new ArrayList<>(List.of("ioname", "orgname", "year"));
        states.forEach(s -> header.add(s.column()));
        if (inferred != null) {
            header.addAll(List.of("collective_security_provider", "collective_defence_alliance"));
        }
        csv.printRecord(header);
        for (Org org : orgs.values()) {
            for (int year = Math.max(from, org.established()); year <= to; year++) {
                List<Object> row = new ArrayList<>(List.of(org.acronym(), org.name(), year));
                for (CowStates.State s : states) {
                    row.add(status(held, org, s, year));
                }
                if (inferred != null) {
                    for (String cls : List.of("CollectiveSecurityProvider", "CollectiveDefenceAlliance")) {
                        row.add(during(inferred.getOrDefault(org.acronym() + " " + cls, List.of()), year).isEmpty() ? 0 : 1);
                    }
                }
                csv.printRecord(row);
            }
        }
    }

    private static void stateYear(CSVPrinter csv, Map<String, Org> orgs, Map<String, List<Held>> held,
                                  Map<String, List<Held>> inferred, List<CowStates.State> states, int from, int to) throws IOException {
        List<String> header = new ArrayList<>(List.of("ccode", "year", "state"));
        orgs.values().forEach(o -> header.add(o.acronym().toLowerCase(Locale.ROOT)));
        if (inferred != null) {
            header.add("protected_by");
        }
        csv.printRecord(header);
        for (CowStates.State s : states) {
            for (int year = from; year <= to; year++) {
                List<Object> row = new ArrayList<>(List.of(s.ccode(), year, s.column()));
                for (Org org : orgs.values()) {
                    row.add(year < org.established() ? -1 : status(held, org, s, year));
                }
                if (inferred != null) {
                    row.add(s.iso3() == null ? "" : String.join(";", during(inferred.getOrDefault(s.iso3() + " protectedBy",
                            List.of()), year)));
                }
                csv.printRecord(row);
            }
        }
    }

    private static void dyadYear(CSVPrinter csv, Map<String, Org> orgs, Map<String, List<Held>> held,
                                 List<CowStates.State> states, int from, int to) throws IOException {
        List<String> header = new ArrayList<>(List.of("dyadid", "ccode1", "ccode2", "state1", "state2", "year"));
        orgs.values().forEach(o -> header.add(o.acronym().toLowerCase(Locale.ROOT)));
        csv.printRecord(header);
        List<CowStates.State> described = states.stream().filter(s -> s.iso3() != null).toList();
        List<Org> columns = List.copyOf(orgs.values());
        // Each state's code per organization and year, once: every pair reads them rather than recomputing them.
        int[][][] codes = new int[described.size()][columns.size()][to - from + 1];
        for (int i = 0; i < described.size(); i++) {
            for (int o = 0; o < columns.size(); o++) {
                for (int year = from; year <= to; year++) {
                    codes[i][o][year - from] = status(held, columns.get(o), described.get(i), year);
                }
            }
        }
        for (int i = 0; i < described.size(); i++) {
            for (int j = i + 1; j < described.size(); j++) {
                CowStates.State a = described.get(i);
                CowStates.State b = described.get(j);
                for (int year = from; year <= to; year++) {
                    List<Object> row = new ArrayList<>(List.of(a.ccode() * 1000 + b.ccode(), a.ccode(), b.ccode(),
                            a.column(), b.column(), year));
                    for (int o = 0; o < columns.size(); o++) {
                        if (year < columns.get(o).established()) {
                            row.add(-1);
                        } else {
                            row.add(codes[i][o][year - from] == 1 && codes[j][o][year - from] == 1 ? 1 : 0);
                        }
                    }
                    csv.printRecord(row);
                }
            }
        }
    }

    /** The state's COW code in the organization in that year: -9 when Concert does not describe the state. */
    private static int status(Map<String, List<Held>> held, Org org, CowStates.State state, int year) {
        if (state.iso3() == null) {
            return -9;
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate next = LocalDate.of(year + 1, 1, 1);
        int best = 0;
        for (Held h : held.getOrDefault(org.acronym() + " " + state.iso3(), List.of())) {
            if (h.begin().isBefore(next) && (h.end() == null || h.end().isAfter(first))) {
                int code = switch (h.role()) {
                    case "FullMember", "ParticipatingState", "SuspendedMember" -> 1;
                    case "AssociateMember" -> 2;
                    case "Observer" -> 3;
                    default -> 0;
                };
                if (code == 1 || (best == 0 && code != 0) || (best == 3 && code == 2)) {
                    best = code;
                }
            }
        }
        return best;
    }

    /** What held on any day of {@code year}: the {@code role} of each period (here, the other end of a link), sorted. */
    private static List<String> during(List<Held> periods, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate next = LocalDate.of(year + 1, 1, 1);
        return periods.stream().filter(h -> h.begin().isBefore(next) && (h.end() == null || h.end().isAfter(first)))
                .map(Held::role).distinct().sorted().toList();
    }

    /**
     * The timeline's periods by "ENTITY CLASS-OR-LINK" (entity by acronym or ISO code), each with the other end of a
     * link (or the class) in place of a role; {@link ErrorCode#USAGE} when the knowledge base has no timeline.
     */
    private static Map<String, List<Held>> classifications(KnowledgeBase kb) {
        SelectResult rows = kb.select(NamedQueries.get("classification-history").text());
        if (rows.size() == 0) {
            throw new ConcertException(ErrorCode.USAGE, "the knowledge base has no timeline: build it with withTimeline()");
        }
        Map<String, List<Held>> out = new HashMap<>();
        for (Map<String, String> row : rows.rows()) {
            out.computeIfAbsent(row.get("entity") + " " + row.get("classOrLink"), k -> new ArrayList<>()).add(new Held(
                    row.get("object") == null ? row.get("classOrLink") : row.get("object"), LocalDate.parse(row.get("begin")),
                    row.get("end") == null ? null : LocalDate.parse(row.get("end"))));
        }
        return out;
    }

    private static Map<String, Org> organizations(KnowledgeBase kb, List<String> acronyms) {
        Map<String, Org> all = new TreeMap<>();
        for (Map<String, String> row : kb.select("""
                PREFIX concert: <https://w3id.org/concert/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?acronym ?name ?established WHERE {
                  ?o concert:acronym ?acronym ; rdfs:label ?name ; concert:established ?established .
                  FILTER (LANGMATCHES(LANG(?name), "en")) }""").rows()) {
            all.putIfAbsent(row.get("acronym"), new Org(row.get("acronym"), row.get("name"),
                    Integer.parseInt(row.get("established").substring(0, 4))));
        }
        if (acronyms.isEmpty()) {
            return all;
        }
        Map<String, Org> chosen = new LinkedHashMap<>();
        for (String a : acronyms) {
            Org org = all.get(a);
            if (org == null) {
                throw new ConcertException(ErrorCode.UNKNOWN_ENTITY, "no organization with the acronym '" + a + "'; known: "
                        + String.join(", ", all.keySet()), "--org", -1, -1, null);
            }
            chosen.put(a, org);
        }
        return chosen;
    }

    /** Every membership period, by "ACRONYM ISO3". */
    private static Map<String, List<Held>> memberships(KnowledgeBase kb) {
        Map<String, List<Held>> held = new HashMap<>();
        for (Map<String, String> row : kb.select("""
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX time: <http://www.w3.org/2006/time#>
                PREFIX concert: <https://w3id.org/concert/ontology#>
                SELECT ?org ?state ?role ?begin ?end WHERE {
                  ?m org:member ?s ; org:organization ?o ; org:role ?r ; org:memberDuring ?i .
                  ?o concert:acronym ?org . ?s concert:isoAlpha3 ?state .
                  BIND (STRAFTER(STR(?r), "#") AS ?role)
                  ?i time:hasBeginning/time:inXSDDateTimeStamp ?begin .
                  OPTIONAL { ?i time:hasEnd/time:inXSDDateTimeStamp ?end } }""").rows()) {
            held.computeIfAbsent(row.get("org") + " " + row.get("state"), k -> new ArrayList<>()).add(new Held(row.get("role"),
                    LocalDate.parse(row.get("begin").substring(0, 10)),
                    row.get("end") == null ? null : LocalDate.parse(row.get("end").substring(0, 10))));
        }
        return held;
    }
}
