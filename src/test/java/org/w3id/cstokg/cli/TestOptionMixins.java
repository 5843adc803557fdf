package org.w3id.cstokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The option groups several commands share are declared once, as picocli mixins: each command that
 * takes {@code --qc}, {@code --out}, {@code --graph FILE.trig}, {@code --data}/{@code --ontology}
 * or {@code --user}/{@code --password-file} gets the same option, with the same default and help.
 */
class TestOptionMixins {
    private static final Map<String, CommandLine> COMMANDS = Main.commandLine().getSubcommands();

    @TempDir
    Path temp;

    private static Class<?> declaredBy(String command, String option) {
        OptionSpec spec = COMMANDS.get(command).getCommandSpec().findOption(option);
        assertThat(spec).as(command + " " + option).isNotNull();
        return ((java.lang.reflect.Field) spec.userObject()).getDeclaringClass();
    }

    @Test
    void eachSharedOptionIsDeclaredOnceForEveryCommandThatTakesIt() {
        for (String command : new String[] {"build", "validate", "serve"}) {
            assertThat(declaredBy(command, "--qc")).isEqualTo(QcOption.class);
            assertThat(declaredBy(command, "--data")).isEqualTo(SourceOptions.class);
            assertThat(declaredBy(command, "--ontology")).isEqualTo(SourceOptions.class);
        }
        for (String command : new String[] {"build", "query"})
            assertThat(declaredBy(command, "--out")).isEqualTo(BuildDirOption.class);
        for (String command : new String[] {"export", "publish"})
            assertThat(declaredBy(command, "--graph")).isEqualTo(DatasetFileOption.class);
        assertThat(declaredBy("publish", "--user")).isEqualTo(CredentialOptions.class);
        assertThat(declaredBy("publish", "--password-file")).isEqualTo(CredentialOptions.class);
    }

    @Test
    void theSharedDefaultsAreTheDocumentedOnes() {
        for (String command : new String[] {"build", "validate", "serve"}) {
            CommandSpec spec = COMMANDS.get(command).getCommandSpec();
            assertThat(spec.findOption("--qc").defaultValueString()).isEqualTo(Path.of("queries", "qc").toString());
            assertThat(spec.findOption("--data").defaultValueString()).isEqualTo("data");
            assertThat(spec.findOption("--ontology").defaultValueString()).isEqualTo("ontology");
        }
        assertThat(COMMANDS.get("export").getCommandSpec().findOption("--graph").defaultValueString())
                .isEqualTo(Path.of("target", "kg", "csto-kg.trig").toString());
        assertThat(COMMANDS.get("query").getCommandSpec().findOption("--out").defaultValueString())
                .isEqualTo(Path.of("target", "kg").toString());
    }

    @Test
    void credentialsAreBothOrNeitherAndTheFirstLineIsThePassword() throws Exception {
        Path file = temp.resolve("password");
        Files.writeString(file, "s3cret\nignored\n");
        PublishCommand publish = new PublishCommand();
        new CommandLine(publish).parseArgs("--endpoint", "http://x/data", "--user", "u", "--password-file", file.toString());
        assertThat(publish.credentials.credential()).contains(new CredentialOptions.Credential("u", "s3cret"));

        PublishCommand none = new PublishCommand();
        new CommandLine(none).parseArgs("--endpoint", "http://x/data");
        assertThat(none.credentials.credential()).isEmpty();

        PublishCommand half = new PublishCommand();
        new CommandLine(half).parseArgs("--endpoint", "http://x/data", "--password-file", file.toString());
        org.assertj.core.api.Assertions.assertThatThrownBy(half.credentials::credential)
                .isInstanceOf(CommandLine.ParameterException.class).hasMessage("--user and --password-file go together");
    }
}
