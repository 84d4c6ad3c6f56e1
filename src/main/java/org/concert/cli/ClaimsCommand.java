package org.concert.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.concert.claims.Claims;
import org.concert.kb.KnowledgeBase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code concert claims}: the source's quantitative claims against the knowledge base. */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = {"For each quantitative claim of the seed (its table, its Notes column, its figures in the text): what the",
                "seed says, what the knowledge base computes for the snapshot date, and agree / disagree / cannot check."})
final class ClaimsCommand implements Callable<Integer> {

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Snapshot date. Default: the date of the seed's table (2018-01-01, Claims.SEED_TABLE_DATE).")
    String asOf;

    @Override
    public Integer call() {
        LocalDate date = asOf == null ? Claims.SEED_TABLE_DATE : KnowledgeBaseOptions.date(asOf);
        KnowledgeBase kb = KnowledgeBase.bundled().asOf(date).build();
        int agree = 0;
        for (Claims.Check c : Claims.check(kb)) {
            if (c.verdict() == Claims.Verdict.AGREE) {
                agree++;
            }
            System.out.printf("%-12s %s%n             seed: %d    knowledge base: %s    [%s]%n",
                    c.verdict().name().toLowerCase().replace('_', ' '), c.says(), c.claimed(),
                    c.computed() == null ? "no data" : c.computed().toString(), c.source());
            if (c.definitionNote() != null) {
                System.out.println("             definition: " + c.definitionNote());
            }
        }
        System.out.printf("%d claims agree as of %s%n", agree, date);
        System.out.flush();
        return 0;
    }
}
