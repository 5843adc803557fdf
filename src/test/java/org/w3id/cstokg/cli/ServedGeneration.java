package org.w3id.cstokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.cstokg.export.Exports;
import org.w3id.cstokg.export.Format;
import org.w3id.cstokg.store.StoreLayout;
import org.w3id.cstokg.vocab.Graphs;

/**
 * The crash tests' checks of a served generation (its dumps against {@code SHA256SUMS}, its store
 * against its dumps) and their child {@code kg} JVM, which a test may kill.
 */
final class ServedGeneration {
    private ServedGeneration() {}

    /** Every file listed in {@code SHA256SUMS} has its checksum and lies in the current generation. */
    static void assertDumpsMatchChecksums(Path root) throws Exception {
        Path current = new StoreLayout(root).currentStore().orElseThrow();
        for (String line : Files.readAllLines(root.resolve(Exports.CHECKSUMS))) {
            String[] sum = line.split(" {2}", 2);
            assertThat(sha256(root.resolve(sum[1]))).as("%s in %s", sum[1], current.getFileName()).isEqualTo(sum[0]);
            assertThat(root.resolve(sum[1]).toRealPath()).isEqualTo(current.resolve(sum[1]));
        }
    }

    /**
     * The store {@code dsg} of the current generation holds exactly the graphs of its N-Quads dump,
     * each isomorphic, besides the graphs {@code written} (by updates); {@code void.ttl} is its VoID graph.
     */
    static void assertStoreHoldsTheDumps(Path root, DatasetGraph dsg, Set<Node> written) {
        DatasetGraph dump = DatasetGraphFactory.createGeneral();
        RDFDataMgr.read(dump, root.resolve(Format.NQ.fileName()).toString());
        Node described = NodeFactory.createURI(Graphs.VOID);
        Txn.executeRead(dsg, () -> {
            // The dumps hold every graph the store serves, the inferred and VoID ones included.
            List<Node> graphs = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (!written.contains(g)) graphs.add(g);
            });
            assertThat(Iter.toList(dump.listGraphNodes())).containsExactlyInAnyOrderElementsOf(graphs);
            long stored = 0;
            for (Node g : graphs) {
                stored += dsg.getGraph(g).size();
                assertThat(dsg.getGraph(g).isIsomorphicWith(dump.getGraph(g))).as("graph %s dumped", g).isTrue();
            }
            assertThat(stored).as("store quads vs dump quads").isEqualTo((long) Iter.count(dump.find()));
            assertThat(RDFDataMgr.loadGraph(root.resolve(Exports.VOID_FILE).toString())
                    .isIsomorphicWith(dsg.getGraph(described))).as("void.ttl is the store's VoID").isTrue();
        });
    }

    /** {@code kg args} in a child JVM of the test's class path, with {@code jvmOptions}, its output in {@code log}. */
    static Process kg(Path log, List<String> jvmOptions, String... args) throws IOException {
        return kg(log, jvmOptions, java.util.Map.of(), args);
    }

    /** {@link #kg(Path, List, String...)} with these variables added to the child's environment. */
    static Process kg(Path log, List<String> jvmOptions, java.util.Map<String, String> environment, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            md.update(in.readAllBytes());
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
