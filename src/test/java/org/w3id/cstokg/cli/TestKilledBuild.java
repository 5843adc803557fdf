package org.w3id.cstokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cstokg.load.OntologyCopy;
import org.w3id.cstokg.store.BuildStamp;
import org.w3id.cstokg.store.BuildStep;
import org.w3id.cstokg.store.KgStore;
import org.w3id.cstokg.store.StoreLayout;

/**
 * {@code kg build} killed at every named step of a build ({@link BuildStep}: the child JVM halts
 * itself there, as a SIGKILL would stop it), and stopped with SIGTERM half-way: each time the
 * served generation is whole (its stamp, its dumps matching {@code SHA256SUMS}, the N-Quads dump
 * holding exactly the store's quads, {@code void.ttl} the store's VoID graph), it is the
 * old one before the switch and the new one from the switch on, the disk holds at most two
 * generations and one staging folder, and the next build succeeds and leaves no junk.
 */
class TestKilledBuild {
    /** Small inputs, so that a child JVM's build is mostly its start-up: one fact file, a few shapes. */
    private static final Path REAL = Path.of("src", "test", "resources", "load", "minimal");
    /** The project's modules (the fact format) with the test shapes of validate/conforming. */
    private static Path ontology;
    private static final Path QC = Path.of("src", "test", "resources", "validate", "qc-clean");

    @TempDir
    static Path temp;

    private static Path second;

    /** A second data set: the first with another title, so that the two generations differ. */
    @BeforeAll
    static void secondDataSet() throws IOException {
        ontology = OntologyCopy.withShapesOf(Path.of("src", "test", "resources", "validate", "conforming"),
                temp.resolve("ontology"));
        second = Files.createDirectories(temp.resolve("second"));
        String yaml = Files.readString(REAL.resolve("input.yaml"));
        assertThat(yaml).contains("title: \"Test article\"");
        Files.writeString(second.resolve("input.yaml"), yaml.replace("title: \"Test article\"", "title: \"Another article\""));
    }

    @Test
    void killedAtEveryStepTheServedGenerationIsWholeAndTheNextBuildCleansUp() throws Exception {
        killAtEveryStep(temp.resolve("kg-killed"), BuildStep.ALL, true);
    }

    /** The incremental build (the same file edited) copies the current store instead of loading: its own steps. */
    @Test
    void killedAtEveryStepOfAnIncrementalBuildTheServedGenerationIsWholeAndTheNextBuildCleansUp() throws Exception {
        List<String> steps = new ArrayList<>(BuildStep.ALL);
        steps.removeAll(List.of("first-chunk-loaded", "dumps-streamed", "bulk-loaded"));
        steps.addAll(1, BuildStep.INCREMENTAL);
        killAtEveryStep(temp.resolve("kg-killed-incremental"), steps, false);
    }

    private static void killAtEveryStep(Path root, List<String> steps, boolean full) throws Exception {
        assertThat(kgBuild(REAL, root)).isZero();
        List<String> table = new ArrayList<>();
        for (String step : steps) {
            long start = System.nanoTime();
            Process child = child(root, BuildStep.HALT_AT, step, full);
            assertThat(child.waitFor(180, TimeUnit.SECONDS)).as("child halting at %s ended", step).isTrue();
            assertThat(child.exitValue()).as("exit status of the child halted at %s", step)
                    .isEqualTo(BuildStep.HALT_STATUS);
            if (!full && steps.indexOf(step) >= steps.indexOf("copied")) {
                assertThat(Files.readString(log(root, step))).as("the child's log").contains("Incremental build from gen-");
            }
            boolean switched = steps.indexOf(step) >= steps.indexOf("switched");
            assertServedWhole(root, switched ? second : REAL);
            assertJunkBounded(root);
            table.add(step + ": " + (System.nanoTime() - start) / 1_000_000 + " ms, "
                    + new StoreLayout(root).stores().size() + " generation(s), "
                    + new StoreLayout(root).debris().size() + " left-over");

            assertThat(kgBuild(REAL, root)).as("the build after the kill at %s", step).isZero();
            assertServedWhole(root, REAL);
            assertThat(new StoreLayout(root).debris()).as("junk after the build that followed %s", step).isEmpty();
            assertThat(new StoreLayout(root).stores()).hasSize(1);
        }
        table.forEach(System.out::println);
    }

    @Test
    void sigtermDuringTheBulkLoadDeletesTheStagingFolder() throws Exception {
        Path root = temp.resolve("kg-term");
        assertThat(kgBuild(REAL, root)).isZero();
        Path served = new StoreLayout(root).currentStore().orElseThrow();
        Process child = child(root, BuildStep.PAUSE_AT, "bulk-loaded", true);
        awaitPause(child, root);
        assertThat(new StoreLayout(root).debris()).as("the staging folder while paused").hasSize(1);
        child.destroy();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(143);
        assertThat(new StoreLayout(root).debris()).as("left after SIGTERM").isEmpty();
        assertThat(new StoreLayout(root).stores()).containsExactly(served);
        assertServedWhole(root, REAL);
    }

    @Test
    void anyCommandRemovesWhatAKilledBuildLeft() throws Exception {
        Path root = temp.resolve("kg-junk");
        assertThat(kgBuild(REAL, root)).isZero();
        Path served = new StoreLayout(root).currentStore().orElseThrow();
        Path staging = Files.createDirectories(root.resolve(".staging-20260101-000000-000/tdb2"));
        Files.writeString(staging.resolve("data-0001.dat"), "half a store");
        Path orphan = Files.createDirectories(root.resolve("gen-20260101-000000-000/tdb2"));
        Path legacy = Files.createDirectories(root.resolve(".build-killed"));
        Files.createSymbolicLink(root.resolve("current.next"), orphan.getFileName());

        assertThat(Main.run("serve", "--db", root.toString(), "--port", "-1")).isEqualTo(2);

        assertThat(staging.getParent()).doesNotExist();
        assertThat(orphan.getParent()).doesNotExist();
        assertThat(legacy).doesNotExist();
        assertThat(root.resolve("current.next")).doesNotExist();
        assertThat(new StoreLayout(root).stores()).containsExactly(served);
        assertServedWhole(root, REAL);
    }

    @Test
    void aGenerationOpenInSomeProcessIsNotDeletedByTheNextBuild() throws Exception {
        Path root = temp.resolve("kg-served");
        assertThat(kgBuild(REAL, root)).isZero();
        try (KgStore served = KgStore.open(root)) {
            assertThat(kgBuild(second, root)).isZero();
            assertThat(served.directory()).exists();
            assertThat(served.directory().resolve("csto-kg.nq")).exists();
            assertThat(new StoreLayout(root).stores()).hasSize(2);
            assertServedWhole(root, second);
            assertThat(kgBuild(REAL, root)).isZero();
            assertThat(new StoreLayout(root).stores()).as("served + current, the one between deleted").hasSize(2)
                    .contains(served.directory());
        }
        assertThat(kgBuild(REAL, root)).isZero();
        assertThat(new StoreLayout(root).stores()).hasSize(1);
    }

    private static int kgBuild(Path data, Path root) {
        return Main.run("build", "--data", data.toString(), "--ontology", ontology.toString(), "--qc", QC.toString(),
                "--out", root.toString(), "--whole-graph-limit", "0");
    }

    /** A child JVM building the second data set, halting or pausing at {@code step}; a full build with {@code full}. */
    private static Process child(Path root, String property, String step, boolean full) throws IOException {
        List<String> args = new ArrayList<>(List.of("build", "--data", second.toString(), "--ontology", ontology.toString(),
                "--qc", QC.toString(), "--out", root.toString(), "--whole-graph-limit", "0"));
        if (full) args.add("--full");
        return ServedGeneration.kg(log(root, step), List.of("-D" + property + "=" + step), args.toArray(String[]::new));
    }

    private static Path log(Path root, String step) {
        return root.resolveSibling(root.getFileName() + "-" + step + ".log");
    }

    private static void awaitPause(Process child, Path root) throws Exception {
        Path log = log(root, "bulk-loaded");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline && child.isAlive()) {
            if (Files.exists(log) && Files.readString(log).contains("paused at bulk-loaded")) return;
            Thread.sleep(50);
        }
        child.destroyForcibly();
        throw new AssertionError("the child never paused: " + Files.readString(log));
    }

    /** The current generation is complete and consistent, and was built from {@code data}. */
    private static void assertServedWhole(Path root, Path data) throws Exception {
        ServedGeneration.assertDumpsMatchChecksums(root);
        try (KgStore store = KgStore.open(root)) {
            assertThat(store.directory()).isEqualTo(new StoreLayout(root).currentStore().orElseThrow());
            assertThat(store.stamp()).isEqualTo(BuildStamp.of(List.of(data, ontology)));
            ServedGeneration.assertStoreHoldsTheDumps(root, store.dataset().asDatasetGraph(), Set.of());
        }
    }

    private static void assertJunkBounded(Path root) throws IOException {
        StoreLayout layout = new StoreLayout(root);
        assertThat(layout.stores().size()).as("generations").isLessThanOrEqualTo(2);
        assertThat(layout.debris().size()).as("staging folders").isLessThanOrEqualTo(1);
    }
}
