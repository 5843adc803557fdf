package org.w3id.cstokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TestServeCommand {
    @TempDir
    Path dir;

    private int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Test
    void withBadFactsItBuildsNothingAndDoesNotServe() throws IOException {
        Path data = Files.createDirectory(dir.resolve("data"));
        Files.writeString(data.resolve("bad.yaml"), "document: {id: Bad Id}\n");
        Path db = dir.resolve("kg");

        assertThat(run("serve", "--port", "0", "--db", db.toString(), "--data", data.toString())).isEqualTo(1);
        assertThat(db.resolve("current")).doesNotExist();
    }

    @Test
    void badPortIsAnErrorExit() {
        assertThat(run("serve", "--port", "-5", "--db", dir.toString())).isEqualTo(2);
        assertThat(run("serve", "--port", "not-a-number")).isEqualTo(2);
    }

    @Test
    void badTimeoutIsAnErrorExit() {
        assertThat(run("serve", "--timeout", "0", "--db", dir.toString())).isEqualTo(2);
    }

    @Test
    void sourcesThatAreNotAFolderAreAnErrorExit() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "text");
        assertThat(run("serve", "--sources", file.toString(), "--db", dir.toString())).isEqualTo(2);
        assertThat(run("serve", "--sources", dir.resolve("missing").toString(), "--db", dir.toString())).isEqualTo(2);
    }

    @Test
    void aPortInUseIsNamedWithTheOptionThatPicksAnother() {
        Exception bind = new org.apache.jena.fuseki.FusekiException(
                new IOException("Failed to bind to /127.0.0.1:3031", new java.net.BindException("Address already in use")));
        assertThat(ServeCommand.reason(bind, "127.0.0.1", 3031))
                .isEqualTo("port 3031 on 127.0.0.1 is in use (stop what uses it, or give --port N; --port 0 takes any free port)");
        assertThat(ServeCommand.reason(new IllegalArgumentException("bad base URL"), "127.0.0.1", 3031)).isEqualTo("bad base URL");
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs();
        assertThat(serve.port).isEqualTo(3030);
        assertThat(serve.host).isEqualTo("127.0.0.1");
        assertThat(serve.db).isEqualTo(Path.of("target/kg"));
        assertThat(serve.timeoutSeconds).isEqualTo(10);
        assertThat(serve.queries).isEqualTo(Path.of("queries"));
        assertThat(serve.sourceTexts).isNull();
    }
}
