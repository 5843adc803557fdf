package org.w3id.cstokg.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 9: a message about bad input never names a parser's or the JVM's class
 * ("org.yaml.snakeyaml…", "MarkedYAMLException", "java.lang…"). Checked over every golden error case
 * of {@code load/} (the messages {@link TestGoldenLoad} pins, YAML syntax errors among them).
 */
class TestErrorMessagesNameNoClass {

    private static final Pattern CLASS_NAME = Pattern.compile(
            "org\\.yaml|snakeyaml|com\\.fasterxml|org\\.apache\\.jena|java\\.(lang|io|nio|util)\\.|\\w+Exception\\b|\\w+Error\\b");

    @Test
    void noGoldenErrorMessageNamesAClass() throws IOException {
        List<Path> files;
        try (Stream<Path> cases = Files.list(Path.of("src/test/resources/load"))) {
            files = cases.map(c -> c.resolve("expected-errors.txt")).filter(Files::exists).sorted().toList();
        }
        assertThat(files).as("golden error cases").hasSizeGreaterThan(40);
        for (Path file : files) {
            for (String line : Files.readAllLines(file)) {
                assertThat(CLASS_NAME.matcher(line).find()).as("%s: %s", file, line).isFalse();
            }
        }
    }
}
