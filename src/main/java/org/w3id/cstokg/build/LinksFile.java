package org.w3id.cstokg.build;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.w3id.cstokg.load.MappedFile;

/**
 * The {@code links.nq} of a generation's {@link BuildManifest}, written share by share as a full
 * build maps its files, so that the build holds none of them. Kept in memory until the end (with
 * their indexes, {@link LinkShares}), they were most of what the heap left after a full collection
 * grew by, about 70 MB from the 4th to the 12th minute of a build at N = 10,000 in a 1 GB heap that
 * was already nearly full. What it writes reads back
 * ({@link BuildManifest#read}) as the shares {@link BuildManifest#add} would have kept.
 */
final class LinksFile implements Closeable {
    private final OutputStream out;
    private final StreamRDF writer;

    private LinksFile(OutputStream out) {
        this.out = out;
        this.writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        writer.start();
    }

    /** Starts {@code generation/manifest/links.nq}, empty. */
    static LinksFile create(Path generation) throws IOException {
        Path folder = Files.createDirectories(generation.resolve(BuildManifest.FOLDER));
        return new LinksFile(new BufferedOutputStream(Files.newOutputStream(folder.resolve(BuildManifest.LINKS))));
    }

    /** Writes the file's share of the links graph, in its document's graph. */
    void add(MappedFile mapped) {
        if (mapped.links().isEmpty()) return;
        Node graph = NodeFactory.createURI(mapped.graph());
        mapped.links().find().forEachRemaining(t -> writer.quad(Quad.create(graph, t)));
    }

    @Override
    public void close() throws IOException {
        try {
            writer.finish();
        } finally {
            out.close();
        }
    }
}
