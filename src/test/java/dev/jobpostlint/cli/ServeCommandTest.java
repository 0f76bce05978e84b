package dev.jobpostlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The options of {@code serve}; the server itself is tested in the server package and in ServePageIT. */
class ServeCommandTest {

    @Test
    void refusesAPortOutOfRange() {
        Cli.Run run = Cli.run("serve", "--port", "70000");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--port must be between 0 and 65535");
    }

    @Test
    void refusesAMissingRulesFolder() {
        Cli.Run run = Cli.run("serve", "--rules", "no/such/folder");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--rules: no such directory");
    }

    @Test
    void refusesAnUploadLimitThatIsNotASize() {
        Cli.Run run = Cli.run("serve", "--max-upload", "lots");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("is not a size");
    }

    @Test
    void listsServeAmongTheCommands() {
        assertThat(Cli.run("--help").out()).contains("serve");
    }
}
