package org.concert.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.kb.KnowledgeBase;
import org.concert.link.CowExport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code concert export cow FORM}: Concert's memberships in the Correlates of War IGO v3 forms. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write Concert's data in another dataset's form.",
        subcommands = ExportCommand.Cow.class)
final class ExportCommand implements Runnable {

    @Override
    public void run() {
        throw new ConcertException(ErrorCode.USAGE, "say which form: 'export cow igo-year|state-year|dyad-year'");
    }

    /** {@code export cow igo-year|state-year|dyad-year}. */
    @Command(name = "cow", mixinStandardHelpOptions = true,
            description = {"Write the memberships as Correlates of War IGO v3 data (igo-year, state-year or dyad-year),",
                    "COW's column names and codes (1 full, 2 associate, 3 observer, 0 none, -9 missing, -1 not yet in existence),",
                    "a year coded by the strongest status held on any day of it; up to the current year. CSV for R and pandas."})
    static final class Cow implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FORM", description = "igo-year, state-year or dyad-year.")
        String form;

        @Option(names = "--from", paramLabel = "YEAR", defaultValue = "1945", description = "The first year. Default: ${DEFAULT-VALUE}.")
        int from;

        @Option(names = "--to", paramLabel = "YEAR", description = "The last year. Default: the current year.")
        Integer to;

        @Option(names = "--org", paramLabel = "ACRONYM", arity = "1..*", description = "Only these organizations.")
        List<String> orgs = new ArrayList<>();

        @Option(names = "--out", paramLabel = "FILE", description = "Where to write the CSV (default: standard output).")
        Path out;

        @Option(names = "--with-inferred", description = "Add columns from the timeline: collective_security_provider and "
                + "collective_defence_alliance (igo-year), protected_by (state-year). The first run reasons every change day.")
        boolean withInferred;

        @Override
        public Integer call() throws IOException {
            CowExport.Form chosen = CowExport.Form.of(form);
            int last = to == null ? LocalDate.now().getYear() : to;
            KnowledgeBase.Builder builder = KnowledgeBase.bundled().asOf(LocalDate.now());
            KnowledgeBase kb = withInferred ? builder.withTimeline().reason() : builder.build();
            try (Writer writer = out == null ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                    : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                CowExport.write(kb, chosen, from, last, orgs, withInferred, writer);
            }
            return 0;
        }
    }
}
