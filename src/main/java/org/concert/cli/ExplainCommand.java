package org.concert.cli;

import java.util.concurrent.Callable;

import org.concert.TimeLimit;
import org.concert.kb.KnowledgeBase;
import org.concert.reasoning.Explainer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code concert explain}: why an inferred type or property assertion holds. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain an inference: the minimal sets of axioms (justifications) that entail it, with sources.",
                "E.g. 'explain CSTO CollectiveSecurityProvider', 'explain ARM protectedBy CSTO'.",
                "When it does not hold, says which part of the definition is not met (exit 1, CONCERT-E131)."})
final class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SUBJECT", description = "A state (ISO code), an organization (acronym) or an IRI.")
    String subject;

    @Parameters(index = "1", paramLabel = "CLASS-OR-PROPERTY", description = "E.g. CollectiveSecurityProvider or protectedBy.")
    String target;

    @Parameters(index = "2", arity = "0..1", paramLabel = "OBJECT", description = "The value, for a property.")
    String object;

    @Mixin
    KnowledgeBaseOptions kbOptions;

    @Option(names = "--max", description = "The most justifications to show. Default: ${DEFAULT-VALUE}.")
    int max;

    @Override
    public Integer call() {
        KnowledgeBase kb = kbOptions.builder().build();
        Explainer.Explanation explanation = kb.explain(subject, target, object, max,
                TimeLimit.ofSeconds(kbOptions.reasonerTimeout, "--reasoner-timeout"));
        StringBuilder out = new StringBuilder(explanation.entailment()).append("    (as of ").append(kb.asOf()).append(")\n");
        int i = 1;
        for (Explainer.Justification j : explanation.justifications()) {
            out.append("\nJustification ").append(i++).append(" of ").append(explanation.justifications().size()).append(":\n");
            j.axioms().forEach(a -> out.append("  ").append(a).append('\n'));
        }
        System.out.print(out);
        System.out.flush();
        return 0;
    }
}
