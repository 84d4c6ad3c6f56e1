package org.concert.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.validate.ValidationReport;
import org.concert.validate.Validator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code concert validate}: checks the bundled data plus the given files. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check the bundled knowledge base plus the given RDF files: syntax, SHACL shapes,",
                "OWL 2 DL profile, consistency. Exit 0 when all hold; otherwise one entry per problem with its code",
                "(docs/errors.md), file, line, subject and a fix hint, and the exit status of the first problem."})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "RDF files to check with the bundled data.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Snapshot date for the consistency check. Default: today.")
    String asOf;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new ConcertException(ErrorCode.FORMAT_MISMATCH, "unknown report format '" + format + "'; use text or json");
        }
        ValidationReport report = Validator.validate(files, KnowledgeBaseOptions.date(asOf));
        System.out.print(format.equals("json") ? report.json() : report.text());
        System.out.flush();
        return report.isValid() ? 0 : report.problems().get(0).code().exitStatus();
    }
}
