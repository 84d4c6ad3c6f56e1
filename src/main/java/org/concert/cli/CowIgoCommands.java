package org.concert.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.kb.KnowledgeBase;
import org.concert.link.CowIgo;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code concert import cow-igo} and {@code concert compare cow-igo}: the Correlates of War IGO data. */
final class CowIgoCommands {

    private CowIgoCommands() {
    }

    private static void requireCowIgo(String dataset) {
        if (!dataset.equals("cow-igo")) {
            throw new ConcertException(ErrorCode.USAGE, "unknown dataset '" + dataset + "'; Concert knows cow-igo");
        }
    }

    private static void reportUnmatched(CowIgo.Reading reading, java.io.PrintWriter err) {
        if (!reading.unmatchedOrganizations().isEmpty()) {
            err.println("not matched to an organization of Concert: " + String.join(", ", reading.unmatchedOrganizations()));
        }
        if (!reading.unmatchedColumns().isEmpty()) {
            err.println("state columns without an ISO code in cow-states.csv: " + String.join(", ", reading.unmatchedColumns()));
        }
        err.flush();
    }

    /** {@code concert import cow-igo FILE.csv}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Read the Correlates of War IGO dataset v3 (IGO-year format) into time-aware memberships (Turtle) for",
                    "the organizations Concert knows; what cannot be matched is reported on standard error.",
                    "COW is yearly: consecutive years of one status become one period from 1 January of the first year",
                    "to 1 January after the last."})
    static final class Import implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "cow-igo") String dataset;
        @Parameters(index = "1", paramLabel = "FILE.csv") Path file;
        @Option(names = "--out", paramLabel = "FILE", description = "Write the memberships here (Turtle) instead of standard output.")
        Path out;
        @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            requireCowIgo(dataset);
            CowIgo.Reading reading = CowIgo.read(file, KnowledgeBase.bundled().asOf(LocalDate.now()).build());
            var model = CowIgo.memberships(reading);
            if (out == null) {
                RDFDataMgr.write(System.out, model, Lang.TURTLE);
                System.out.flush();
            } else {
                try (var stream = Files.newOutputStream(out)) {
                    RDFDataMgr.write(stream, model, Lang.TURTLE);
                }
            }
            reportUnmatched(reading, spec.commandLine().getErr());
            return 0;
        }
    }

    /** {@code concert compare cow-igo FILE.csv [--from YEAR] [--to YEAR]}. */
    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = {"Compare the curated memberships with the Correlates of War IGO dataset v3, state-year by state-year:",
                    "per organization the disagreements and the agreement (state-years that agree / state-years compared)."})
    static final class Compare implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "cow-igo") String dataset;
        @Parameters(index = "1", paramLabel = "FILE.csv") Path file;
        @Option(names = "--from", paramLabel = "YEAR", defaultValue = "1815") int from;
        @Option(names = "--to", paramLabel = "YEAR", defaultValue = "9999") int to;
        @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            requireCowIgo(dataset);
            KnowledgeBase kb = KnowledgeBase.bundled().asOf(LocalDate.now()).build();
            CowIgo.Reading reading = CowIgo.read(file, kb);
            for (CowIgo.Comparison c : CowIgo.compare(reading, kb, from, to)) {
                System.out.printf("%s: %d of %d state-years agree (%.1f%%)%n", c.organization(), c.agreeing(), c.compared(),
                        100 * c.agreement());
                c.disagreements().forEach(d -> System.out.println("  " + d));
            }
            System.out.flush();
            reportUnmatched(reading, spec.commandLine().getErr());
            return 0;
        }
    }
}
