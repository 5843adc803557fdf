package org.w3id.cstokg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.load.GraphBuilder;
import org.w3id.cstokg.queries.CompetencyAnswers;

/**
 * A rebuild killed with SIGKILL half-way through writing its store leaves the served store
 * whole: the next open answers every competency question exactly, and the next build clears the
 * broken folder away.
 */
class TestCrashSafeRebuild {
    private static final BuildStamp REAL = BuildStamp.of(List.of(Path.of("data"), Path.of("ontology")));

    @TempDir
    Path root;

    @Test
    void aKilledBuildLeavesTheServedStoreAnsweringAsBefore() throws Exception {
        new StoreBuilder(root).build(realGraph(), REAL);
        Path served = new StoreLayout(root).currentStore().orElseThrow();
        try (KgStore store = KgStore.open(root)) {
            CompetencyAnswers.assertAllExact(store.dataset());
        }

        Process child = startLargeBuild();
        Path partial = awaitNewStore(child, served);
        assertThat(child.isAlive()).as("the build is still running when killed").isTrue();
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(partial).exists();
        assertThat(StoreLayout.stamp(partial)).doesNotExist();
        assertThat(new StoreLayout(root).currentStore()).hasValue(served);
        try (KgStore store = KgStore.open(root)) {
            assertThat(store.directory()).isEqualTo(served);
            assertThat(store.stamp()).isEqualTo(REAL);
            CompetencyAnswers.assertAllExact(store.dataset());
        }

        Path rebuilt = new StoreBuilder(root).build(realGraph(), REAL);
        assertThat(new StoreLayout(root).stores()).containsExactly(rebuilt);
        assertThat(new StoreLayout(root).debris()).isEmpty();
        try (KgStore store = KgStore.open(root)) {
            CompetencyAnswers.assertAllExact(store.dataset());
        }
    }

    private static org.apache.jena.query.Dataset realGraph() {
        return GraphBuilder.create().dataDir(Path.of("data")).ontologyDir(Path.of("ontology")).build().dataset();
    }

    private Process startLargeBuild() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                LargeBuildChild.class.getName(), root.toString(), "30000")
                .redirectErrorStream(true).redirectOutput(root.resolveSibling(root.getFileName() + "-child.log").toFile())
                .start();
    }

    /** Waits (at most 120 s) for the child's staging folder to hold TDB2 files, then lets it write for a second. */
    private Path awaitNewStore(Process child, Path served) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && child.isAlive()) {
            for (Path store : new StoreLayout(root).debris()) {
                if (written(StoreLayout.tdb2(store)) > 0) {
                    Thread.sleep(1000);
                    return store;
                }
            }
            Thread.sleep(20);
        }
        child.destroyForcibly();
        throw new AssertionError("the child's store never appeared (alive: " + child.isAlive() + ")");
    }

    private static long written(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
