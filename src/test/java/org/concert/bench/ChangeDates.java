package org.concert.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import org.concert.kb.KnowledgeBase;

/** The days on which the bundled data changes: every beginning and end of a membership, every establishment. */
public final class ChangeDates {
    private ChangeDates() {
    }

    /** Every distinct change day of the bundled data, in order. */
    public static List<LocalDate> bundled() {
        KnowledgeBase kb = KnowledgeBase.bundled().asOf(LocalDate.of(2000, 1, 1)).build();
        TreeSet<LocalDate> days = new TreeSet<>();
        kb.select("""
                PREFIX time: <http://www.w3.org/2006/time#>
                PREFIX concert: <https://w3id.org/concert/ontology#>
                SELECT DISTINCT ?t WHERE { { ?i time:inXSDDateTimeStamp ?t } UNION { ?o concert:established ?t } }
                """).column("t").forEach(t -> days.add(LocalDate.parse(t.substring(0, 10))));
        return List.copyOf(days);
    }
}
