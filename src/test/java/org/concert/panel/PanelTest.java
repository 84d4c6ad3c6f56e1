package org.concert.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.KnowledgeBases;
import org.concert.cli.CliRunner;
import org.concert.query.NamedQueries;
import org.concert.query.Queries;
import org.concert.query.QueryParameters;
import org.concert.query.SelectResult;
import org.junit.jupiter.api.Test;

/** Panels: one query on many dates, one long table, equal to the answers of separate builds. */
class PanelTest {

    @Test
    void yearlyStepsIncludeBothEndsAndMonthlyStepsCountMonths() {
        assertEquals(List.of(LocalDate.of(2009, 1, 1), LocalDate.of(2010, 1, 1), LocalDate.of(2011, 1, 1)),
                Panel.dates(LocalDate.of(2009, 1, 1), LocalDate.of(2011, 1, 1), "1y"));
        assertEquals(13, Panel.dates(LocalDate.of(2009, 1, 31), LocalDate.of(2010, 1, 31), "1m").size());
    }

    @Test
    void aReversedRangeOrAMalformedStepIsE020() {
        assertEquals(ErrorCode.INVALID_DATE, assertThrows(ConcertException.class,
                () -> Panel.dates(LocalDate.of(2011, 1, 1), LocalDate.of(2009, 1, 1), "1y")).code());
        assertEquals(ErrorCode.INVALID_DATE, assertThrows(ConcertException.class,
                () -> Panel.dates(LocalDate.of(2009, 1, 1), LocalDate.of(2011, 1, 1), "yearly")).code());
    }

    @Test
    void thePanelOfCstoMembersEqualsSeparateBuildsDateByDate() {
        String text = NamedQueries.get("members").text();
        Query query = QueryParameters.bind(Queries.parse(text, "members"), text, Map.of("org", "CSTO"));
        List<LocalDate> dates = List.of(LocalDate.of(1995, 1, 1), LocalDate.of(2010, 1, 1), KnowledgeBases.SEED_DATE);
        SelectResult panel = Panel.run(KnowledgeBases::reasoned, query, dates);
        assertEquals(List.of("date", "acronym", "state", "name", "source"), panel.variables());
        for (LocalDate date : dates) {
            List<String> states = panel.rows().stream().filter(r -> r.get("date").equals(date.toString()))
                    .map(r -> r.get("state")).toList();
            assertEquals(KnowledgeBases.reasoned(date).select(query).column("state"), states, date.toString());
        }
        assertEquals(9 + 7 + 6, panel.size(), "the data's Collective Security Treaty parties: nine in 1995, seven in 2010, six in 2018");
    }

    @Test
    void theCommandWritesOneCsvWithADateColumn() {
        CliRunner.Result run = CliRunner.run("panel", "members", "--param", "org=CSTO", "--from", "2009-01-01",
                "--to", "2011-01-01", "--every", "1y", "--format", "csv");
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("date,acronym,state,name,source", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("2010-01-01,CSTO,UZB,Uzbekistan,\"")), run.out());
        assertEquals(1 + 7 + 7 + 7, lines.size(), run.out());
    }
}
