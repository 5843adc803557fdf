package org.w3id.cstokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Check 12's same-sentence rule can be exempted: on the real data without the address's
 * {@code statements}, Tokayev's claim shares a sentence with the address and the audit fails; an
 * {@code audit:} entry naming the claim's evidence words exempts it; the same entry beside the
 * complete data is stale.
 */
class TestStatementAtEventExemption {
    private static final Path DATA = Path.of("data");
    private static final String FILE = "edm-19-2.yaml";
    private static final String STATEMENTS = "    statements: [tokayev-external-aggression-claim]\n";
    private static final String ENTRY = "  - {para: 4, text: \"organized violent groups, including terrorists trained abroad, were attacking\","
            + " reason: \"a test: the claim is reported by no event of its sentence\"}\n";

    @TempDir
    Path temp;

    @Test
    void aStatementMadeAtNoEventOfItsSentenceFailsUnlessListed() throws IOException {
        String facts = Files.readString(DATA.resolve(FILE));
        assertThat(facts).contains(STATEMENTS);
        String without = facts.replace(STATEMENTS, "");

        KgRun missing = audit(without);
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.out()).contains("paragraph 4: tokayev-external-aggression-claim shares a sentence with tokayev-television-address")
                .contains("or list its evidence words under audit: as {para: 4, text: ");

        KgRun exempted = audit(without + ENTRY);
        assertThat(exempted.code()).as(exempted.out()).isZero();

        KgRun stale = audit(facts + ENTRY);
        assertThat(stale.code()).isEqualTo(1);
        assertThat(stale.out()).contains("0 problems, 1 stale exemption");
    }

    private KgRun audit(String text) throws IOException {
        Path data = Files.createTempDirectory(temp, "data");
        Files.writeString(data.resolve(FILE), text);
        Files.copy(DATA.resolve("external-ids.yaml"), data.resolve("external-ids.yaml"));
        return KgRun.of("audit", "--data", data.toString(), "--ontology", "ontology");
    }
}
