package org.concert.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.concert.TimeLimit;
import org.concert.kb.KnowledgeBase;
import org.concert.reasoning.Stage;
import org.concert.server.ConcertServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code concert serve}: a read-only SPARQL endpoint over the reasoned knowledge base. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the reasoned knowledge base as a read-only SPARQL endpoint (embedded Fuseki).",
                "Dataset /concert: query at /concert/sparql and /concert/query, graphs at /concert/get,",
                "named queries at /concert/queries/NAME, a page at /, health at /$/ping."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    KnowledgeBaseOptions kbOptions;

    @Option(names = "--port", description = "Port to listen on (0: any free port). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host",
            description = "Address to bind; 0.0.0.0 for every interface. Default: ${DEFAULT-VALUE} (this machine only).")
    String host;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Limit for each query; past it the client gets HTTP 503. Default: ${DEFAULT-VALUE}.")
    long timeout;

    @Option(names = "--allow-service", paramLabel = "URL", arity = "1..*",
            description = "Endpoint URLs that SPARQL SERVICE may call, exactly (scheme, host, port, path). Default: none (SERVICE is refused).")
    List<String> allowService = new ArrayList<>();

    @Option(names = "--tdb2", paramLabel = "DIR",
            description = "Keep the reasoned knowledge base in a TDB2 database in DIR; a restart with the same inputs reuses it.")
    Path tdb2;

    @Option(names = "--timeline", description = "Serve the timeline graph too (classification-history); the first start reasons every change day of the data.")
    boolean timeline;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        // Every option is checked before the knowledge base is built: a wrong port fails at once, not after reasoning.
        ConcertServer.Builder settings = ConcertServer.builder().port(port).host(host)
                .queryTimeout(TimeLimit.ofSeconds(timeout, "--timeout")).allowService(allowService);
        KnowledgeBase.Builder builder = kbOptions.builder();
        if (timeline) {
            builder.withTimeline();
        }
        KnowledgeBase kb = tdb2 == null ? builder.reason() : builder.reasonInto(tdb2);
        // ?as-of=DATE: the same inputs as of another date, built on demand with the reasoning cache.
        KnowledgeBase.Builder other = kbOptions.builder();
        ConcertServer server = settings.dates(date -> other.asOf(date).reason()).build(kb).start();
        var err = spec.commandLine().getErr();
        for (Stage stage : kb.stages()) {
            err.println(stage);
        }
        err.printf("Concert serves the knowledge base as of %s at %s (SPARQL: %s); loaded and reasoned in %.1f s.%n",
                kb.asOf(), server.baseUri(), server.sparqlEndpoint(), (System.nanoTime() - start) / 1e9);
        err.flush();
        server.join();
        return 0;
    }
}
