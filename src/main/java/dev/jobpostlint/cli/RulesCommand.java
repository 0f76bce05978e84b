package dev.jobpostlint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jobpostlint.Linter;
import dev.jobpostlint.model.ModelFileException;
import dev.jobpostlint.report.OneLine;
import dev.jobpostlint.rules.Rule;
import dev.jobpostlint.rules.RuleFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rules}: lists the rules of the run, built-in and user. */
@Command(name = "rules", sortOptions = false,
        description = "List the rules: id, category, severity, languages and summary.")
final class RulesCommand implements Callable<Integer> {

    enum Format {
        TEXT, JSON;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: text).")
    Format format;

    @Override
    public Integer call() {
        common.validate();
        Linter linter;
        try {
            linter = common.createLinter();
        } catch (RuleFileException | ModelFileException e) {
            spec.commandLine().getErr().println(OneLine.of(e.getMessage()));
            return ExitCodes.RULE_FILE_ERROR;
        }
        List<Rule> rules = linter.catalog().rules().stream()
                .filter(r -> common.rules.language == null || r.language() == common.rules.language).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            json(rules, out);
        } else {
            RuleDocs.table(rules, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void json(List<Rule> rules, PrintWriter out) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode array = root.putArray("rules");
        for (RuleDocs.Row row : RuleDocs.rows(rules)) {
            ObjectNode n = array.addObject();
            n.put("id", row.id()).put("category", row.category()).put("severity", row.severity());
            row.languages().forEach(n.putArray("languages")::add);
            n.put("summary", row.summary());
        }
        try {
            mapper.writeValue(out, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }
}
