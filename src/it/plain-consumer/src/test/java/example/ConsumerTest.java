package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.concert.kb.KnowledgeBase;
import org.concert.query.NamedQueries;
import org.junit.jupiter.api.Test;

/** What a consumer that only queries gets: the README example works, and no server or command-line jar comes along. */
class ConsumerTest {

    @Test
    void theReadmeExampleRunsOnTheCoreAlone() {
        KnowledgeBase kb = KnowledgeBase.bundled().asOf(LocalDate.of(2018, 1, 1)).reason();
        List<Map<String, String>> table = kb.select(NamedQueries.get("seed-table").text()).rows();
        assertEquals(7, table.size());
        assertEquals(List.of("CIS", "CSTO", "GUAM"), kb.select("""
                PREFIX concert: <https://w3id.org/concert/ontology#>
                SELECT ?acronym WHERE { ?o a concert:PostSovietOrganization ; concert:acronym ?acronym }
                ORDER BY ?acronym
                """).column("acronym"));
        assertEquals(10, kb.select(NamedQueries.get("collective-security-providers").text()).rows().size());
    }

    @Test
    void csvResultsReadBackThroughJenaWithThePinnedCommonsIo() {
        KnowledgeBase kb = KnowledgeBase.bundled().asOf(LocalDate.of(2018, 1, 1)).reason();
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ResultSetMgr.write(csv, kb.select(NamedQueries.get("collective-security-providers").text()).resultSet(),
                ResultSetLang.RS_CSV);
        ResultSet back = ResultSetMgr.read(new ByteArrayInputStream(csv.toByteArray()), ResultSetLang.RS_CSV);
        int rows = 0;
        while (back.hasNext()) {
            back.next();
            rows++;
        }
        assertEquals(10, rows);
    }

    @Test
    void theResolvedClasspathHoldsNoServerOrCommandLineJar() {
        String classpath = System.getProperty("java.class.path");
        for (String jar : classpath.split(File.pathSeparator)) {
            String name = new File(jar).getName();
            for (String forbidden : List.of("jetty", "fuseki", "shiro", "bcprov", "bcpkix", "bcutil", "prometheus",
                    "micrometer", "picocli", "jena-cmds")) {
                assertTrue(!name.contains(forbidden), name + " is on a query-only consumer's class path");
            }
        }
    }
}
