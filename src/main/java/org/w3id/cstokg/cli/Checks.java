package org.w3id.cstokg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cstokg.build.ChunkCheck;
import org.w3id.cstokg.load.FactChunks;
import org.w3id.cstokg.validate.Violation;

/**
 * The checks of {@code build}, for {@code validate}: read the fact files, then check them chunk
 * by chunk as the build does, and print every problem.
 */
final class Checks {
    private static final Logger LOG = LoggerFactory.getLogger("validate");

    private Checks() {}

    /** The scanned facts if they read and validate cleanly; otherwise every problem goes to {@code err}. */
    static Optional<FactChunks> run(SourceOptions sources, Path qcDir, PrintStream err) {
        FactChunks facts = FactChunks.scan(sources.data, sources.ontology);
        if (!readCleanly(facts, err)) return Optional.empty();
        ChunkCheck check = new ChunkCheck(facts, qcDir);
        List<Violation> violations = new ArrayList<>();
        for (List<Path> group : facts.groups(GraphPipeline.CHUNK_BYTES)) violations.addAll(check.check(facts.map(group)));
        if (!violations.isEmpty()) {
            report(violations, err);
            return Optional.empty();
        }
        LOG.info("The graph conforms to the shapes and passes the QC queries");
        return Optional.of(facts);
    }

    /** Prints every violation, then how many there were. */
    static void report(List<Violation> violations, PrintStream err) {
        violations.forEach(err::println);
        err.println(violations.size() + " validation violation(s); nothing written.");
    }

    /** Whether the first pass found no error; if it did, they all go to {@code err}. */
    static boolean readCleanly(FactChunks facts, PrintStream err) {
        if (facts.errors().isEmpty()) return true;
        facts.errors().forEach(err::println);
        err.println(facts.errors().size() + " error(s) in the facts or the ontology; nothing written.");
        return false;
    }
}
