package org.w3id.cstokg.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Quad;
import org.w3id.cstokg.load.FileHash;

/**
 * The dumps that can be written graph by graph as the build goes, without holding the dataset:
 * N-Quads and TriG (every named graph) and N-Triples and Turtle (their union), each hashed while it
 * is written. A triple stated in two graphs appears twice in the union formats, which parse to
 * the same graph. Usage:
 * <pre>{@code
 * try (StreamedDumps dumps = StreamedDumps.open(dir, prefixes)) { dumps.graph(name, graph); ... files = dumps.finish(); }
 * }</pre>
 */
public final class StreamedDumps implements AutoCloseable {
    /** The formats written this way. */
    public static final List<Format> FORMATS = List.of(Format.NQ, Format.TRIG, Format.NT, Format.TTL);

    private final Map<Format, Output> outputs = new EnumMap<>(Format.class);
    private boolean finished;

    private record Output(Path file, OutputStream bytes, MessageDigest digest, StreamRDF rdf) {}

    private StreamedDumps() {}

    /** Opens the four files in {@code dir} (which must exist) and writes their prefixes. */
    public static StreamedDumps open(Path dir, PrefixMapping datasetPrefixes) throws IOException {
        StreamedDumps dumps = new StreamedDumps();
        Map<String, String> prefixes = new java.util.LinkedHashMap<>(RdfPrefixes.standard());
        prefixes.putAll(datasetPrefixes.getNsPrefixMap());
        try {
            for (Format format : FORMATS) {
                Path file = dir.resolve(format.fileName());
                MessageDigest digest = FileHash.digest();
                OutputStream bytes = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), digest);
                StreamRDF rdf = StreamRDFWriter.getWriterStream(bytes, rdfFormat(format));
                rdf.start();
                if (format == Format.TRIG || format == Format.TTL) prefixes.forEach(rdf::prefix);
                dumps.outputs.put(format, new Output(file, bytes, digest, rdf));
            }
        } catch (IOException | RuntimeException e) {
            dumps.close();
            throw e;
        }
        return dumps;
    }

    private static RDFFormat rdfFormat(Format format) {
        return switch (format) {
            case NQ -> RDFFormat.NQUADS;
            case TRIG -> RDFFormat.TRIG_BLOCKS;
            case NT -> RDFFormat.NTRIPLES;
            case TTL -> RDFFormat.TURTLE_BLOCKS;
            default -> throw new IllegalArgumentException(format + " is not written as a stream");
        };
    }

    /** Writes one named graph (or one more part of it) into every dump. */
    public void graph(Node name, Graph graph) {
        StreamRDF nq = outputs.get(Format.NQ).rdf();
        StreamRDF trig = outputs.get(Format.TRIG).rdf();
        StreamRDF nt = outputs.get(Format.NT).rdf();
        StreamRDF ttl = outputs.get(Format.TTL).rdf();
        graph.find().forEachRemaining((Triple t) -> {
            Quad q = Quad.create(name, t);
            nq.quad(q);
            trig.quad(q);
            nt.triple(t);
            ttl.triple(t);
        });
    }

    /** Ends every file and returns them with their sizes and hashes, in {@link #FORMATS} order. */
    public List<WrittenFile> finish() throws IOException {
        List<WrittenFile> written = new ArrayList<>();
        for (Format format : FORMATS) {
            Output out = outputs.get(format);
            out.rdf().finish();
            out.bytes().close();
            written.add(new WrittenFile(out.file(), Files.size(out.file()), HexFormat.of().formatHex(out.digest().digest())));
        }
        finished = true;
        return written;
    }

    /** Closes whatever is open without finishing it (after a failure). */
    @Override
    public void close() {
        if (finished) return;
        for (Output out : outputs.values()) {
            try {
                out.bytes().close();
            } catch (IOException e) {
                // abandoned anyway
            }
        }
        finished = true;
    }


}
