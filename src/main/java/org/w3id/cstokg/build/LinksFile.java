package org.w3id.cstokg.build;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.w3id.cstokg.load.MappedFile;

/**
 * The {@code links.nq} of a generation's {@link BuildManifest}, written share by share: a full build
 * writes each file's share as it maps the file, so that it holds none of them. Kept in memory until
 * the end instead (with their indexes, {@link LinkShares}), they were what the heap left by a full
 * collection grew by in a build at N = 10,000 in 1 GB: 685–692 MB after 8 minutes, against 596–609 MB
 * without them. What it writes reads back ({@link BuildManifest#read}) as the shares written.
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
        add(mapped.graph(), mapped.links());
    }

    /** Writes {@code share} in the graph named {@code graph}. */
    void add(String graph, Graph share) {
        Node g = NodeFactory.createURI(graph);
        share.find().forEachRemaining(t -> writer.quad(Quad.create(g, t)));
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
