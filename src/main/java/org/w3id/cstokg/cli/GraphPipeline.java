package org.w3id.cstokg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cstokg.KgException;
import org.w3id.cstokg.export.Exports;
import org.w3id.cstokg.export.Format;
import org.w3id.cstokg.publish.DumpFile;
import org.w3id.cstokg.publish.VoidDescription;
import org.w3id.cstokg.server.CstoServer;
import org.w3id.cstokg.store.GraphSource;
import org.w3id.cstokg.vocab.Graphs;

/**
 * The build stages that {@code build} and {@code serve} share, in order: load and validate the
 * facts, write every export into the output folder, then describe the dataset (VoID/DCAT) in its
 * own graph. The store stage (inference, TDB2, text index) follows in {@code StoreBuilder}.
 */
final class GraphPipeline implements GraphSource {
    private static final Logger LOG = LoggerFactory.getLogger("load");

    private final SourceOptions sources;
    private final Path qcDir;
    private final Path out;
    private final String baseUrl;
    private final PrintStream err;

    GraphPipeline(SourceOptions sources, Path qcDir, Path out, String baseUrl, PrintStream err) {
        this.sources = sources;
        this.qcDir = qcDir;
        this.out = out;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.err = err;
    }

    /** The validated dataset with its description, after writing the exports; a {@link KgException} if invalid. */
    @Override
    public Dataset load() throws IOException {
        Dataset dataset = Checks.run(sources, qcDir, err)
                .orElseThrow(() -> new KgException("The facts have errors (listed above); nothing was built."))
                .dataset();
        List<Path> written = Exports.writeAll(dataset, out);
        Model description = VoidDescription.create()
                .sparqlEndpoint(baseUrl + CstoServer.DATASET.substring(1) + "/sparql")
                .downloadBase(baseUrl + "dumps/")
                .dumps(dumps())
                .build().describe(dataset);
        dataset.addNamedModel(Graphs.VOID, description);
        try (OutputStream voidFile = Files.newOutputStream(out.resolve(Exports.VOID_FILE))) {
            RDFDataMgr.write(voidFile, description, RDFFormat.TURTLE_PRETTY);
        }
        LOG.info("Wrote {} export files and {} into {}", written.size(), Exports.VOID_FILE, out);
        return dataset;
    }

    private List<DumpFile> dumps() {
        return Arrays.stream(Format.values())
                .map(f -> new DumpFile(out.resolve(f.fileName()), f.mediaType())).toList();
    }
}
