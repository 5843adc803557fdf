package org.w3id.cstokg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cstokg.load.BuildResult;
import org.w3id.cstokg.validate.ValidationReport;
import org.w3id.cstokg.validate.Validator;

/** What {@code build} and {@code validate} share: build the graph, validate it, print every problem. */
final class Checks {
    private static final Logger LOG = LoggerFactory.getLogger("validate");

    private Checks() {}

    /** The built dataset if it loads and validates cleanly; otherwise every problem goes to {@code err}. */
    static Optional<BuildResult> run(SourceOptions sources, Path qcDir, PrintStream err) {
        BuildResult built = sources.build((at, message) -> {});
        if (!built.ok()) {
            built.errors().forEach(err::println);
            err.println(built.errors().size() + " error(s) in the facts or the ontology; nothing written.");
            return Optional.empty();
        }
        ValidationReport report = new Validator(qcDir).validate(built);
        if (!report.conforms()) {
            report.violations().forEach(err::println);
            err.println(report.violations().size() + " validation violation(s); nothing written.");
            return Optional.empty();
        }
        LOG.info("The graph conforms to the shapes and passes the QC queries");
        return Optional.of(built);
    }
}
