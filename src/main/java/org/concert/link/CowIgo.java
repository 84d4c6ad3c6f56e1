package org.concert.link;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.apache.jena.rdf.model.Model;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.kb.KnowledgeBase;
import org.concert.kb.RdfInput;
import org.concert.query.Queries;

/**
 * The Correlates of War IGO dataset, version 3, in its IGO-year form ({@code igo_year_formatv3.csv}: one row per
 * IGO and year, one column per state named as in the COW state list). Reads it into yearly statuses of Concert's
 * states in Concert's organizations, and compares them with the curated memberships.
 *
 * <p>IGOs are matched to Concert's organizations by acronym ({@code ioname}) or by English name ({@code orgname}),
 * state columns through the bundled {@code cow-states.csv}; whatever cannot be matched is reported, never dropped
 * silently. Cell values: 0 no membership, 1 full, 2 associate, 3 observer, -9 missing, -1 or empty not a member of
 * the state system that year.
 *
 * @since 0.1.0
 */
public final class CowIgo {
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    private static final Pattern STATUS = Pattern.compile("0|1|2|3|-9|-1");

    private static final String STATE = "https://w3id.org/concert/id/state/";

    /** One state's status in one organization in one year (1 full, 2 associate, 3 observer, 0 none). */
    public record StateYear(String organization, String iso3, int year, int status) {
    }

    /** What was read, and what could not be matched. */
    public record Reading(List<StateYear> stateYears, List<String> unmatchedOrganizations, List<String> unmatchedColumns) {
    }

    /** One organization's comparison. */
    public record Comparison(String organization, int compared, int agreeing, List<String> disagreements) {
        /** State-years that agree / state-years compared. */
        public double agreement() {
            return compared == 0 ? Double.NaN : (double) agreeing / compared;
        }
    }

    private CowIgo() {
    }

    /** Reads an IGO-year file, keeping the organizations Concert knows. */
    public static Reading read(Path file, KnowledgeBase kb) {
        Map<String, String> organizations = organizations(kb);
        Map<String, String> columns = stateColumns();
        List<StateYear> rows = new ArrayList<>();
        Set<String> unmatchedOrgs = new TreeSet<>();
        Set<String> unmatchedColumns = new TreeSet<>();
        String name = file.toString();
        // Checked like every input: a regular file of bounded size, read before parsing.
        byte[] bytes = RdfInput.read(file);
        CSVParser csv = null;
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            try {
                csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                        .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get().parse(reader);
            } catch (IllegalArgumentException e) {
                throw new ConcertException(ErrorCode.CSV_SYNTAX, "the header row is not COW's: " + e.getMessage(), name, 1, -1, null);
            }
            List<String> header = csv.getHeaderNames();
            for (String required : List.of("ioname", "year")) {
                if (!header.contains(required)) {
                    throw new ConcertException(ErrorCode.CSV_SYNTAX, "not a COW IGO-year file: no column '" + required + "'",
                            name, 1, -1, null);
                }
            }
            for (String column : header) {
                if (!columns.containsKey(column) && !List.of("ioname", "orgname", "longorgname", "year", "ionum", "version",
                        "sdate", "deaddate", "political", "social", "economic", "dead", "integrated", "replaced").contains(column)) {
                    unmatchedColumns.add(column);
                }
            }
            Iterator<CSVRecord> records = csv.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new ConcertException(ErrorCode.CSV_SYNTAX, "malformed CSV (an unterminated quote?)", name,
                            csv.getCurrentLineNumber(), -1, null);
                }
                long line = csv.getCurrentLineNumber();
                if (!record.isConsistent()) {
                    throw new ConcertException(ErrorCode.CSV_SYNTAX, "the row has " + record.size() + " fields, the header "
                            + header.size(), name, line, -1, null);
                }
                String org = organizations.get(normalize(record.get("ioname")));
                if (org == null && record.isMapped("orgname")) {
                    org = organizations.get(normalize(record.get("orgname")));
                }
                if (org == null) {
                    unmatchedOrgs.add(record.get("ioname"));
                    continue;
                }
                String yearCell = record.get("year").strip();
                if (!INTEGER.matcher(yearCell).matches() || yearCell.length() > 4 || Integer.parseInt(yearCell) < 1816) {
                    throw new ConcertException(ErrorCode.CSV_VALUE, "the year '" + yearCell + "' is not a whole number from 1816 to 9999",
                            name, line, header.indexOf("year") + 1, null);
                }
                int year = Integer.parseInt(yearCell);
                for (Map.Entry<String, String> c : columns.entrySet()) {
                    if (!record.isMapped(c.getKey())) {
                        continue;
                    }
                    String cell = record.get(c.getKey()).strip();
                    if (cell.isEmpty()) {
                        continue;
                    }
                    // COW's codebook: 1 full, 2 associate, 3 observer, 0 none, -9 missing, -1 state not in the system.
                    if (!STATUS.matcher(cell).matches()) {
                        throw new ConcertException(ErrorCode.CSV_VALUE, "the status '" + cell + "' of " + c.getKey()
                                + " is not one of COW's codes 0, 1, 2, 3, -9, -1", name, line, header.indexOf(c.getKey()) + 1, null);
                    }
                    int value = Integer.parseInt(cell);
                    if (value >= 0) {
                        rows.add(new StateYear(org, c.getValue(), year, value));
                    }
                }
            }
        } catch (IOException e) {
            throw new ConcertException(ErrorCode.INPUT_UNREADABLE, "cannot read the COW IGO-year file: " + e.getMessage(),
                    name, -1, -1, e);
        }
        return new Reading(rows, List.copyOf(unmatchedOrgs), List.copyOf(unmatchedColumns));
    }

    /**
     * Compares COW's full memberships with the curated ones, state-year by state-year. A curated state-year is a
     * membership when a full or participating membership holds on any day of that year; a COW state-year when its
     * value is 1. Missing values (-9) and years before a state existed (-1) are not compared.
     */
    public static List<Comparison> compare(Reading reading, KnowledgeBase kb, int from, int to) {
        Map<CowMemberships.Pair, List<String[]>> periods = new HashMap<>();
        for (Map<String, String> row : kb.select(Queries.PREFIXES + """
                SELECT ?org ?state ?begin ?end WHERE {
                  ?m org:member ?s ; org:organization ?o ; org:role ?role ; org:memberDuring ?i .
                  VALUES ?role { concert:FullMember concert:ParticipatingState }
                  ?o concert:acronym ?org . ?s concert:isoAlpha3 ?state .
                  ?i time:hasBeginning/time:inXSDDateTimeStamp ?begin .
                  OPTIONAL { ?i time:hasEnd/time:inXSDDateTimeStamp ?end } }""").rows()) {
            periods.computeIfAbsent(new CowMemberships.Pair(row.get("org"), row.get("state")), k -> new ArrayList<>())
                    .add(new String[] {row.get("begin").substring(0, 10), row.get("end") == null ? null : row.get("end").substring(0, 10)});
        }
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, List<String>> disagreements = new LinkedHashMap<>();
        for (StateYear sy : reading.stateYears()) {
            if (sy.year() < from || sy.year() > to) {
                continue;
            }
            boolean cow = sy.status() == 1;
            boolean curated = memberDuring(periods.getOrDefault(new CowMemberships.Pair(sy.organization(), sy.iso3()), List.of()), sy.year());
            int[] c = counts.computeIfAbsent(sy.organization(), k -> new int[2]);
            c[0]++;
            if (cow == curated) {
                c[1]++;
            } else {
                disagreements.computeIfAbsent(sy.organization(), k -> new ArrayList<>()).add(sy.year() + " " + sy.iso3()
                        + ": Concert " + (curated ? "member" : "not a member") + ", COW " + (cow ? "member" : "status " + sy.status()));
            }
        }
        List<Comparison> result = new ArrayList<>();
        counts.forEach((org, c) -> result.add(new Comparison(org, c[0], c[1], disagreements.getOrDefault(org, List.of()))));
        return result;
    }

    private static boolean memberDuring(List<String[]> periods, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate next = LocalDate.of(year + 1, 1, 1);
        for (String[] p : periods) {
            LocalDate begin = LocalDate.parse(p[0]);
            LocalDate end = p[1] == null ? null : LocalDate.parse(p[1]);
            if (begin.isBefore(next) && (end == null || end.isAfter(first))) {
                return true;
            }
        }
        return false;
    }

    /** Organizations by normalized acronym and English label. */
    private static Map<String, String> organizations(KnowledgeBase kb) {
        Map<String, String> byName = new HashMap<>();
        for (Map<String, String> row : kb.select(Queries.PREFIXES + """
                SELECT ?acronym ?label WHERE { ?o concert:acronym ?acronym ; rdfs:label ?label }""").rows()) {
            byName.put(normalize(row.get("acronym")), row.get("acronym"));
            byName.put(normalize(row.get("label")), row.get("acronym"));
        }
        return byName;
    }

    /** COW IGO column name to ISO alpha-3, from the bundled cow-states.csv (states with no ISO code are left out). */
    static Map<String, String> stateColumns() {
        Map<String, String> columns = new LinkedHashMap<>();
        for (CowStates.State s : CowStates.all()) {
            if (s.iso3() != null) {
                columns.putIfAbsent(s.column(), s.iso3());
            }
        }
        return columns;
    }

    private static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /**
     * The reading as Concert memberships, with the COW dataset as their source. COW is yearly: consecutive years of
     * one status become one period from 1 January of the first year to 1 January after the last (the end being the
     * first day the status no longer holds), so a COW period is exact to the year only.
     */
    public static Model memberships(Reading reading) {
        return CowMemberships.of(reading);
    }

    /** The IRI of a state by ISO alpha-3. */
    static String stateIri(String iso3) {
        return STATE + iso3;
    }
}
