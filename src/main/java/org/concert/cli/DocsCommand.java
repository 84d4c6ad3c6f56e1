package org.concert.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.concert.docs.OntologyDocs;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code concert docs --out DIR}: the ontology's HTML reference, and the merged ontology in Turtle beside it. */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = {"Write an HTML reference of the ontology (every class and property with its definition, hierarchy,",
                "domain and range, inferred classes in plain notation, and usages) as DIR/index.html, and the",
                "merged ontology as DIR/concert.ttl. The folder is made when it does not exist."})
final class DocsCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OntologyDocs docs = OntologyDocs.bundled();
        docs.writeTo(out);
        PrintWriter err = spec.commandLine().getErr();
        err.println("wrote " + out.resolve(OntologyDocs.PAGE_FILE) + " (" + docs.terms().size() + " terms) and "
                + out.resolve(OntologyDocs.TURTLE_FILE));
        err.flush();
        return 0;
    }
}
