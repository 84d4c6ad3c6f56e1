package org.concert.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.concert.kb.KnowledgeBase;
import org.concert.query.NamedQueries;
import org.concert.query.NamedQuery;
import org.concert.query.Queries;
import org.concert.query.QueryParameters;
import org.concert.query.ResultFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code concert timeline}: the periods of each inferred class and derived link, from the timeline graph. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Print the periods during which organizations and states held each inferred class or derived link,",
                "computed from every day on which the data changes (the first run reasons them all; later runs read the cache)."})
final class TimelineCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "ENTITY", description = "An organization's acronym or a state's ISO 3166 alpha-3 code.")
    String entity;

    @Option(names = "--class", paramLabel = "CLASS", description = "A class or property by local name, e.g. CollectiveSecurityProvider or protectedBy.")
    String classOrLink;

    @Option(names = {"-f", "--format"}, defaultValue = "text", description = "text, csv, tsv or json. Default: ${DEFAULT-VALUE}.")
    String format;

    @Mixin
    KnowledgeBaseOptions kbOptions;

    @Override
    public Integer call() {
        NamedQuery history = NamedQueries.get("classification-history");
        Map<String, String> params = new LinkedHashMap<>();
        if (entity != null) {
            params.put("entity", entity);
        }
        if (classOrLink != null) {
            params.put("class", classOrLink);
        }
        Query query = QueryParameters.bind(Queries.parse(history.text(), history.name()), history.text(), params);
        ResultFormat resultFormat = ResultFormat.of(format);
        KnowledgeBase kb = kbOptions.builder().withTimeline().reason();
        PrintStream out = System.out;
        resultFormat.write(kb.select(query), kb.dataset().getPrefixMapping(), out);
        out.flush();
        return 0;
    }
}
