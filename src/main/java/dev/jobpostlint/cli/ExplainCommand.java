package dev.jobpostlint.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import dev.jobpostlint.Linter;
import dev.jobpostlint.model.ModelFileException;
import dev.jobpostlint.report.OneLine;
import dev.jobpostlint.rules.Rule;
import dev.jobpostlint.rules.RuleFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code explain RULE}: why a rule matters, what to write instead, and its examples. */
@Command(name = "explain", sortOptions = false,
        description = "Explain a rule: why it matters, what to write instead, examples (per language).")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "RULE", description = "A rule id, as listed by `jobpost-lint rules`.")
    String ruleId;

    @Override
    public Integer call() {
        common.validate();
        PrintWriter err = spec.commandLine().getErr();
        Linter linter;
        try {
            linter = common.createLinter();
        } catch (RuleFileException | ModelFileException e) {
            err.println(OneLine.of(e.getMessage()));
            return ExitCodes.RULE_FILE_ERROR;
        }
        List<Rule> variants = linter.catalog().byId(ruleId);
        if (variants.isEmpty()) {
            err.println(Version.NAME + ": unknown rule '" + ruleId + "'; see `jobpost-lint rules`");
            return ExitCodes.USAGE;
        }
        List<Rule> shown = variants.stream()
                .filter(r -> common.rules.language == null || r.language() == common.rules.language).toList();
        if (shown.isEmpty()) {
            err.println(Version.NAME + ": rule '" + ruleId + "' has no " + common.rules.language.code() + " version");
            return ExitCodes.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        RuleDocs.explain(shown, out);
        out.flush();
        return ExitCodes.OK;
    }
}
