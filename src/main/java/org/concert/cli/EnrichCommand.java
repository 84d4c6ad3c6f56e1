package org.concert.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.concert.kb.KnowledgeBase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code concert enrich}: loads external dumps into graphs of their own and reports how they align. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = {"Load external RDF dumps (Wikidata or DBpedia extracts) into named graphs of their own and report how",
                "they align with Concert through its skos:exactMatch links. The curated graphs are never changed.",
                "To query with them: concert query FILE.rq --enrich DUMP ..."})
final class EnrichCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "External dumps (.nt, .ttl, .rdf, .jsonld).")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        KnowledgeBase.Builder builder = KnowledgeBase.bundled().asOf(LocalDate.now());
        files.forEach(builder::enrich);
        KnowledgeBase kb = builder.build();
        for (Node graph : kb.externalGraphs()) {
            var row = kb.select("""
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?linked) AS ?aligned)
                    WHERE { GRAPH <%s> { ?s ?p ?o }
                      OPTIONAL { ?entity skos:exactMatch ?s BIND (?s AS ?linked) } }""".formatted(graph.getURI())).rows().get(0);
            System.out.printf("%s: %s triples about %s resources, %s of them linked from Concert's states and organizations%n",
                    graph.getURI(), row.get("triples"), row.get("subjects"), row.get("aligned"));
        }
        System.out.flush();
        return 0;
    }
}
