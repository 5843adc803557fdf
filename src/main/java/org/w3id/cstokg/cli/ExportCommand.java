package org.w3id.cstokg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.w3id.cstokg.export.ExportException;
import org.w3id.cstokg.export.Exports;
import org.w3id.cstokg.export.Format;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kg export}: the built graph in one format (to stdout or a file), or every format into a
 * directory. Usage: {@code ./kg export --format graphml --output kg.graphml}
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the built graph as RDF (ttl, nt, nq, trig, jsonld, rdfxml) or as a "
                + "property graph (graphml, gexf, cytoscape); 'all' writes every format into a directory.")
public final class ExportCommand implements Callable<Integer> {
    static final int OK = ExitCodes.of(Outcome.OK);
    static final int FAILED = ExitCodes.of(Outcome.FAILED);
    static final int USAGE = ExitCodes.of(Outcome.USAGE);
    static final String ALL = "all";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "F",
            description = "ttl, nt, nq, trig, jsonld, rdfxml, graphml, gexf, cytoscape, events-csv or all.")
    String format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "File to write (default: stdout); for 'all', the directory (default: target/kg/export).")
    Path output;

    @CommandLine.Mixin
    DatasetFileOption dataset;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Format> single = Format.byName(format);
        if (single.isEmpty() && !format.equalsIgnoreCase(ALL)) {
            err.println("kg export: unknown format '" + format + "'; valid: " + Format.names() + ", " + ALL);
            return USAGE;
        }
        Path graph = dataset.graph;
        if (!Files.isRegularFile(graph)) {
            err.println("kg export: no built graph at " + graph + " (run ./kg build, or give --graph FILE.trig)");
            return USAGE;
        }
        try {
            Dataset built = RDFDataMgr.loadDataset(graph.toString());
            if (single.isEmpty()) {
                Path dir = output == null ? Path.of("target/kg/export") : output;
                Exports.writeAll(built, dir).forEach(p -> err.println("wrote " + p));
            } else {
                writeOne(built, single.get());
            }
            return OK;
        } catch (RiotException ex) {
            err.println("kg export: cannot read " + graph + ": " + ex.getMessage());
            return FAILED;
        } catch (ExportException ex) {
            err.println("kg export: " + ex.getMessage());
            return FAILED;
        }
    }

    private void writeOne(Dataset dataset, Format f) {
        if (output == null) {
            Exports.write(dataset, f, System.out);
            System.out.flush();
        } else {
            spec.commandLine().getErr().println("wrote " + Exports.writeFile(dataset, f, output));
        }
    }
}
