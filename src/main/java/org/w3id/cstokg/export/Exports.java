package org.w3id.cstokg.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The front of the export package: one format to a stream, or every format into a directory
 * with the JSON-LD context and a {@code SHA256SUMS} file.
 * Usage: {@code Exports.writeAll(dataset, Path.of("target/kg/export"));}
 */
public final class Exports {
    /** The checksum file, in the format {@code sha256sum -c} reads. */
    public static final String CHECKSUMS = "SHA256SUMS";
    /** The JSON-LD context, copied beside the dumps. */
    public static final String CONTEXT_FILE = "context.jsonld";
    /** The VoID/DCAT description the build writes beside the dumps. */
    public static final String VOID_FILE = "void.ttl";

    private static final Logger LOG = LoggerFactory.getLogger("export");

    private Exports() {}

    /** Writes the dataset in one format. A property-graph format builds the view first. */
    public static void write(Dataset dataset, Format format, OutputStream out) {
        if (format.isRdf()) {
            RdfDumps.write(dataset, format, out);
        } else if (format == Format.EVENTS_CSV) {
            EventTable.write(dataset, out);
        } else {
            write(view(dataset), format, out);
        }
    }

    /** Writes the dataset in one format to a file, written aside and renamed into place. */
    public static Path writeFile(Dataset dataset, Format format, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            return Checksums.writeAtomically(file.toAbsolutePath(), out -> write(dataset, format, out));
        } catch (IOException ex) {
            throw new ExportException("cannot write " + file + ": " + ex.getMessage(), ex);
        }
    }

    /** Writes a property graph in one of the property-graph formats. */
    public static void write(PropertyGraph pg, Format format, OutputStream out) {
        write(pg, Drawing.of(pg), format, out);
    }

    /** Writes a property graph with its drawing (laid out once for all the formats) in one of the property-graph formats. */
    static void write(PropertyGraph pg, Drawing drawing, Format format, OutputStream out) {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        switch (format) {
            case GRAPHML -> GraphMLWriter.write(pg, drawing, w);
            case GEXF -> GexfWriter.write(pg, drawing, w);
            case CYTOSCAPE -> CytoscapeJsonWriter.write(pg, drawing, w);
            default -> throw new IllegalArgumentException(format + " is not a property-graph format");
        }
        try {
            w.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Writes every format, {@code context.jsonld} and {@code SHA256SUMS} into {@code dir}
     * (created if need be), each file written aside and renamed into place.
     *
     * @return the files written, checksum file last
     * @throws ExportException if the dataset has no node to export
     */
    public static List<Path> writeAll(Dataset dataset, Path dir) {
        List<WrittenFile> written = write(dataset, List.of(Format.values()), dir);
        try {
            List<Path> paths = new ArrayList<>(written.stream().map(WrittenFile::path).toList());
            paths.add(Checksums.writeSums(dir.resolve(CHECKSUMS), written).path());
            return paths;
        } catch (IOException ex) {
            throw new ExportException("cannot write " + CHECKSUMS + " to " + dir + ": " + ex.getMessage(), ex);
        }
    }

    /**
     * Writes the dataset in some formats into {@code dir} (created if need be), and
     * {@code context.jsonld} with JSON-LD, each file written aside, hashed and renamed into place.
     *
     * @return the files written, in the order of {@code formats}, the context after JSON-LD
     * @throws ExportException if a property-graph format is asked for and the dataset has no node to export
     */
    public static List<WrittenFile> write(Dataset dataset, List<Format> formats, Path dir) {
        PropertyGraph pg = formats.stream().anyMatch(Format::isPropertyGraph) ? view(dataset) : null;
        Drawing drawing = pg != null ? Drawing.of(pg) : null;
        List<WrittenFile> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (Format f : formats) {
                written.add(Checksums.writeHashed(dir.resolve(f.fileName()), out -> {
                    if (f.isRdf()) {
                        RdfDumps.write(dataset, f, out);
                    } else if (f == Format.EVENTS_CSV) {
                        EventTable.write(dataset, out);
                    } else {
                        write(pg, drawing, f, out);
                    }
                }));
                if (f == Format.JSONLD) written.add(Checksums.writeHashed(dir.resolve(CONTEXT_FILE), Exports::copyContext));
            }
        } catch (IOException ex) {
            throw new ExportException("cannot write exports to " + dir + ": " + ex.getMessage(), ex);
        }
        if (pg != null) {
            LOG.info("exported {} nodes, {} edges and {} files to {}", pg.nodes().size(), pg.edges().size(),
                    written.size(), dir);
        }
        return written;
    }

    /** Writes {@code SHA256SUMS} in {@code dir} for files hashed as they were written. */
    public static WrittenFile writeChecksums(Path dir, List<WrittenFile> files) {
        try {
            return Checksums.writeSums(dir.resolve(CHECKSUMS), files);
        } catch (IOException ex) {
            throw new ExportException("cannot write " + CHECKSUMS + " to " + dir + ": " + ex.getMessage(), ex);
        }
    }

    /** The property-graph view, refusing a dataset with nothing to show. */
    static PropertyGraph view(Dataset dataset) {
        PropertyGraph pg = PropertyGraphBuilder.create(dataset).build();
        if (pg.isEmpty()) {
            throw new ExportException("nothing to export: no typed resource outside the ontology, "
                    + "shapes, inferred and void graphs");
        }
        return pg;
    }

    private static void copyContext(OutputStream out) throws IOException {
        try (InputStream in = Exports.class.getResourceAsStream(CompactJsonLd.CONTEXT_RESOURCE)) {
            if (in == null) {
                throw new ExportException("missing classpath resource " + CompactJsonLd.CONTEXT_RESOURCE);
            }
            in.transferTo(out);
        }
    }
}
