package org.concert.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.kb.KnowledgeBase;
import org.concert.kb.RdfInput;
import org.concert.link.LinkCheck;
import org.concert.link.Linkset;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code concert links}: the linkset to Wikidata, exported with VoID, or checked. */
@Command(name = "links", mixinStandardHelpOptions = true,
        description = {"Export the links of Concert's states and organizations to Wikidata (skos:exactMatch) with their VoID",
                "description, or --check them: malformed, duplicate, missing links, and with --external FILE (a Wikidata",
                "extract with wdt:P31) links to the wrong kind of thing. --check exits 1 when a link is wrong."})
final class LinksCommand implements Callable<Integer> {

    @Option(names = "--format", defaultValue = "ttl", description = "ttl (links and VoID) or csv. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--check", description = "Check the links instead of exporting them.")
    boolean check;

    @Option(names = "--external", paramLabel = "FILE", description = "An external copy of Wikidata triples to check the kinds against.")
    Path external;

    @Override
    public Integer call() {
        KnowledgeBase kb = KnowledgeBase.bundled().asOf(LocalDate.now()).build();
        if (check) {
            Model copy = null;
            if (external != null) {
                copy = ModelFactory.createModelForGraph(RdfInput.parse(external));
            }
            List<LinkCheck.Finding> findings = LinkCheck.check(kb, copy);
            findings.forEach(System.out::println);
            long wrong = findings.stream().filter(f -> f.problem() != LinkCheck.Problem.UNLINKED).count();
            System.out.printf("%d links, %d wrong, %d entities without a link%n", Linkset.rows(kb).size(), wrong,
                    findings.size() - wrong);
            System.out.flush();
            return wrong == 0 ? 0 : 1;
        }
        switch (format) {
            case "ttl" -> RDFDataMgr.write(System.out, Linkset.model(kb), Lang.TURTLE);
            case "csv" -> System.out.print(Linkset.csv(kb));
            default -> throw new ConcertException(ErrorCode.FORMAT_MISMATCH, "unknown links format '" + format + "'; use ttl or csv");
        }
        System.out.flush();
        return 0;
    }
}
