package org.concert.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.concert.ConcertException;
import org.concert.ErrorCode;

/** The Correlates of War state list bundled as {@code ontology/reference/cow-states.csv}. */
final class CowStates {
    /** One COW state: its number, abbreviation, name, column in the IGO files, and ISO alpha-3 (null when none). */
    record State(int ccode, String abbreviation, String name, String column, String iso3) {
    }

    private static final List<State> ALL = load();

    private CowStates() {
    }

    /** Every state of the list, in its order, one per IGO-file column. */
    static List<State> all() {
        return ALL;
    }

    private static List<State> load() {
        try (InputStream in = CowStates.class.getResourceAsStream("/concert/ontology/reference/cow-states.csv")) {
            if (in == null) {
                throw new ConcertException(ErrorCode.BUNDLE_DAMAGED, "cow-states.csv is missing from the jar");
            }
            List<State> states = new ArrayList<>();
            List<String> columns = new ArrayList<>();
            try (CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (CSVRecord r : csv) {
                    if (columns.contains(r.get("igo_column"))) {
                        continue;
                    }
                    columns.add(r.get("igo_column"));
                    states.add(new State(Integer.parseInt(r.get("ccode")), r.get("stateabb"), r.get("statenme"),
                            r.get("igo_column"), r.get("iso3").isBlank() ? null : r.get("iso3")));
                }
            }
            return List.copyOf(states);
        } catch (IOException e) {
            throw new ConcertException(ErrorCode.BUNDLE_DAMAGED, "cow-states.csv cannot be read: " + e.getMessage(), e);
        }
    }
}
