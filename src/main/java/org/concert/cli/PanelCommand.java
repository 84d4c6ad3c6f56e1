package org.concert.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.concert.Day;
import org.concert.kb.KnowledgeBase;
import org.concert.panel.Panel;
import org.concert.query.Queries;
import org.concert.query.QueryParameters;
import org.concert.query.ResultFormat;
import org.concert.query.SelectResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code concert panel}: one query on a series of dates, as one long table with a {@code date} column. */
@Command(name = "panel", mixinStandardHelpOptions = true,
        description = {"Answer a SELECT query on every date from --from to --to, every --every, in one process,",
                "and write one long table whose first column is the date (CSV, TSV or JSON for R and pandas)."})
final class PanelCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "QUERY", description = "A named query (see 'query --list') or a .rq file.")
    String query;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "The first date (YYYY-MM-DD).")
    String from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "The last date (YYYY-MM-DD).")
    String to;

    @Option(names = "--every", defaultValue = "1y", paramLabel = "STEP",
            description = "The step: 1y, 6m, 1d and the like. Default: ${DEFAULT-VALUE}.")
    String every;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A parameter the named query declares; repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = {"-f", "--format"}, defaultValue = "csv", description = "csv, tsv, json or text. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--no-reasoning", description = "Answer from asserted and snapshot triples only.")
    boolean noReasoning;

    @Mixin
    KnowledgeBaseOptions kbOptions;

    @Override
    public Integer call() {
        List<LocalDate> dates = Panel.dates(Day.parse(from, "--from"), Day.parse(to, "--to"), every);
        String text = QueryCommand.read(query);
        Query parsed = QueryParameters.bind(Queries.parse(text, query), text, params);
        ResultFormat resultFormat = ResultFormat.of(format);
        KnowledgeBase.Builder builder = kbOptions.builder();
        PrintStream out = System.out;
        KnowledgeBase[] last = new KnowledgeBase[1];
        SelectResult table = Panel.run(date -> last[0] = noReasoning ? builder.asOf(date).build() : builder.asOf(date).reason(),
                parsed, dates);
        resultFormat.write(table, last[0].dataset().getPrefixMapping(), out);
        out.flush();
        return 0;
    }
}
