package org.concert.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.apache.jena.query.Query;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.TimeLimit;
import org.concert.kb.KnowledgeBase;
import org.concert.query.DateComparisons;
import org.concert.query.NamedQueries;
import org.concert.query.NamedQuery;
import org.concert.query.Queries;
import org.concert.query.QueryParameters;
import org.concert.query.ResultFormat;
import org.concert.query.SelectResult;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code concert query}: runs a SPARQL query over the (reasoned) knowledge base. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query (a file, a named query, or --query TEXT) over the knowledge base.",
                "Named queries: run 'concert query --list'."})
final class QueryCommand implements Callable<Integer> {

    static final class Source {
        @Parameters(paramLabel = "FILE|NAME", description = "A query file (.rq), or the name of a bundled query such as seed-table.")
        String file;

        @Option(names = "--query", paramLabel = "TEXT", description = "The query text itself.")
        String text;

        @Option(names = "--list", description = "List the named queries and the question each answers.")
        boolean list;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Mixin
    KnowledgeBaseOptions kbOptions;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, csv, tsv, json or xml for SELECT/ASK; text (Turtle), ttl, nt or jsonld for CONSTRUCT/DESCRIBE. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--no-reasoning", description = "Query the asserted data and the snapshot only (faster; no inferred classes).")
    boolean noReasoning;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Limit for the query, in seconds. Default: ${DEFAULT-VALUE}.")
    long timeout;

    @Option(names = "--allow-service", paramLabel = "URL", arity = "1..*",
            description = "Endpoint URLs that SERVICE may call, exactly (scheme, host, port, path), e.g. https://query.wikidata.org/sparql. Default: none.")
    List<String> allowService = new ArrayList<>();

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "A value for a parameter the named query declares (e.g. org=CSTO, state=GEO); repeatable. "
                    + "'query --list' shows each query's parameters.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--enrich", paramLabel = "FILE",
            description = "An external RDF dump (e.g. a Wikidata extract) loaded into a named graph of its own, to join locally; repeatable.")
    List<Path> enrich = new ArrayList<>();

    @Override
    public Integer call() {
        PrintStream out = System.out;
        if (source.list) {
            for (NamedQuery q : NamedQueries.all()) {
                out.println(q.name());
                out.println("    " + q.question());
                List<QueryParameters.Parameter> declared = QueryParameters.declared(q.text());
                if (!declared.isEmpty()) {
                    out.println("    parameters: " + declared.stream().map(Object::toString).collect(Collectors.joining(", ")));
                }
            }
            return 0;
        }
        String name = source.text != null ? "--query" : source.file;
        String text = source.text != null ? source.text : read(source.file);
        Query query = QueryParameters.bind(Queries.parse(text, name), text, params);
        ResultFormat resultFormat = ResultFormat.of(format);
        KnowledgeBase.Builder builder = kbOptions.builder().queryTimeout(TimeLimit.ofSeconds(timeout, "--timeout"))
                .allowService(allowService);
        enrich.forEach(builder::enrich);
        KnowledgeBase kb = noReasoning ? builder.build() : builder.reason();
        if (query.isSelectType()) {
            SelectResult rows = kb.select(query);
            resultFormat.write(rows, kb.dataset().getPrefixMapping(), out);
            DateComparisons.note(query, rows.size()).ifPresent(note -> spec.commandLine().getErr().println("note: " + note));
        } else {
            kb.queries().write(query, resultFormat, kb.dataset().getPrefixMapping(), out);
        }
        out.flush();
        return 0;
    }

    /** A query file if one exists at that path, else a bundled named query of that name. */
    static String read(String fileOrName) {
        Path path = Path.of(fileOrName);
        if (Files.isRegularFile(path)) {
            try {
                return Files.readString(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ConcertException(ErrorCode.INPUT_UNREADABLE, e.getMessage(), fileOrName, -1, -1, e);
            }
        }
        if (Files.exists(path)) {
            throw new ConcertException(ErrorCode.INPUT_UNREADABLE, "not a regular file", fileOrName, -1, -1, null);
        }
        return NamedQueries.get(path.getFileName().toString()).text();
    }
}
