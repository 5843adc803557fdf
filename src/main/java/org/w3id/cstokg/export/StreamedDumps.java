package org.w3id.cstokg.export;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.w3id.cstokg.load.FileHash;

/**
 * The dumps that can be written graph by graph as the build goes, without holding the dataset:
 * N-Quads and TriG (every named graph) and N-Triples and Turtle (their union), each hashed while it
 * is written. A triple stated in two graphs appears twice in the union formats, which parse to
 * the same graph.
 *
 * <p>Each {@link #graph} call writes one <em>segment</em> in each file, with a writer of its own that
 * ends its blocks: TriG and Turtle segments use the prefixes the file's header declares and, like
 * N-Triples and N-Quads, the store's own blank node labels, so any sequence of segments after the
 * header is a well-formed file. The segments' byte ranges are {@link #segments() indexed}, and an
 * incremental build {@link #copy copies} an unchanged graph's segment from the previous
 * generation's files instead of writing it again. Usage:
 * <pre>{@code
 * try (StreamedDumps dumps = StreamedDumps.open(dir, prefixes)) { dumps.graph(name, graph); ... files = dumps.finish(); }
 * }</pre>
 */
public final class StreamedDumps implements AutoCloseable {
    /** The formats written this way. */
    public static final List<Format> FORMATS = List.of(Format.NQ, Format.TRIG, Format.NT, Format.TTL);

    private final List<Output> outputs = new ArrayList<>();
    private final PrefixMap prefixes = PrefixMapFactory.create();
    private final List<DumpSegments.Segment> segments = new ArrayList<>();
    private long[] headers;
    private boolean finished;
    /** The buffer segments are copied through, made on the first {@link #copy}. */
    private ByteBuffer copyBuffer;
    /** How IRIs and blank nodes were written in N-Triples (UTF-8). */
    private final BoundedMemo<Node, byte[]> ntNames = new BoundedMemo<>();
    private final NodeFormatter ntFormatter = new NodeFormatterNT();
    private final LineBuffer ntLine = new LineBuffer();
    /** The Turtle and TriG segments' formatter, which remembers names likewise. */
    private RememberingTurtleFormatter turtleFormatter;
    /** One triple's N-Triples subject, predicate and object, reused from line to line. */
    private byte[] spo = new byte[512];

    private static final byte[] TRIPLE_END = " .\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRIG_OPEN = " {\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRIG_CLOSE = "}\n\n".getBytes(StandardCharsets.US_ASCII);

    private record Output(Format format, Path file, Counted bytes, MessageDigest digest, FileChannel channel) {}

    /** Checked between graphs and every megabyte copied: once true, the dumps stop ({@link #cancelledWhen}). */
    private BooleanSupplier cancelled = () -> false;
    /** After how many bytes (of all four files) the files are flushed to disk; 0: never ({@link #syncEvery}). */
    private long syncBytes;
    private long syncedAt;

    /** One segment's Turtle, written to the Turtle file and into the TriG file's graph; flushing, not closing. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws IOException {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        }

        @Override
        public void close() {}
    }

    /** The bytes written so far, counted after the buffer so that a segment's range is exact once its writer flushed. */
    private static final class Counted extends FilterOutputStream {
        long count;

        Counted(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        /** A view a segment's writer may flush but not close. */
        OutputStream unclosable() {
            return new FilterOutputStream(this) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
    }

    private StreamedDumps() {}

    /** Opens the four files in {@code dir} (which must exist) and writes their prefixes. */
    public static StreamedDumps open(Path dir, PrefixMapping datasetPrefixes) throws IOException {
        StreamedDumps dumps = new StreamedDumps();
        Map<String, String> prefixes = new LinkedHashMap<>(RdfPrefixes.standard());
        prefixes.putAll(datasetPrefixes.getNsPrefixMap());
        prefixes.forEach(dumps.prefixes::add);
        dumps.headers = new long[FORMATS.size()];
        dumps.turtleFormatter = RememberingTurtleFormatter.of(dumps.prefixes);
        try {
            for (Format format : FORMATS) {
                Path file = dir.resolve(format.fileName());
                MessageDigest digest = FileHash.digest();
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE);
                Counted bytes = new Counted(new DigestOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16), digest));
                Output out = new Output(format, file, bytes, digest, channel);
                dumps.outputs.add(out);
                if (format == Format.TRIG || format == Format.TTL) {
                    StreamRDF header = StreamRDFWriter.getWriterStream(bytes.unclosable(), rdfFormat(format));
                    header.start();
                    prefixes.forEach(header::prefix);
                    header.finish();
                }
                dumps.headers[dumps.outputs.size() - 1] = bytes.count;
            }
        } catch (IOException | RuntimeException e) {
            dumps.close();
            throw e;
        }
        return dumps;
    }

    /**
     * Makes {@link #graph} and {@link #copy} throw a {@link CancellationException} once
     * {@code cancelled} is true (asked between graphs, every 65,536 triples and every megabyte
     * copied): for a writer that gives way to other work and starts again later.
     */
    public StreamedDumps cancelledWhen(BooleanSupplier cancelled) {
        this.cancelled = java.util.Objects.requireNonNull(cancelled);
        return this;
    }

    /**
     * Flushes the files to disk after every {@code bytes} written to them together, so that the
     * operating system never holds more than that of them unwritten: a commit of the store that
     * syncs its own files meanwhile then waits for that much at most, not for gigabytes.
     */
    public StreamedDumps syncEvery(long bytes) {
        this.syncBytes = bytes;
        return this;
    }

    private void checkpoint() throws IOException {
        if (cancelled.getAsBoolean()) throw new CancellationException("the dumps were cancelled");
        if (syncBytes <= 0) return;
        long written = 0;
        for (Output out : outputs) written += out.bytes().count;
        if (written - syncedAt < syncBytes) return;
        for (Output out : outputs) {
            out.bytes().flush();
            out.channel().force(false);
        }
        syncedAt = written;
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

    /**
     * Writes one named graph (or one more part of it) into every dump, as one segment. Each triple
     * is formatted once for N-Quads and N-Triples (an N-Triples line is the N-Quads line without
     * its graph), and once for Turtle and TriG: the TriG segment is the Turtle one inside the
     * graph's braces (Turtle's triples are TriG's), written to both files as it is made.
     */
    public void graph(Node name, Graph graph) {
        long[] starts = new long[FORMATS.size()];
        for (int i = 0; i < outputs.size(); i++) starts[i] = outputs.get(i).bytes().count;
        OutputStream nq = outputs.get(0).bytes();
        OutputStream trig = outputs.get(1).bytes();
        OutputStream nt = outputs.get(2).bytes();
        OutputStream ttl = outputs.get(3).bytes();
        try {
            byte[] graphEnd = (" " + new String(nt(name), StandardCharsets.UTF_8) + " .\n").getBytes(StandardCharsets.UTF_8);
            LineBuffer line = new LineBuffer();
            turtleFormatter.format(line, name);
            trig.write(line.utf8());
            trig.write(TRIG_OPEN);
            StreamRDF blocks = new LabelledBlocksWriter(new Tee(ttl, trig), turtleFormatter);
            blocks.start();
            checkpoint();
            long triples = 0;
            for (var it = graph.find(); it.hasNext(); ) {
                if ((++triples & 0xFFFF) == 0) checkpoint();
                Triple t = it.next();
                int length = spo(nt(t.getSubject()), nt(t.getPredicate()), nt(t.getObject()));
                nq.write(spo, 0, length);
                nq.write(graphEnd);
                nt.write(spo, 0, length);
                nt.write(TRIPLE_END);
                blocks.triple(t);
            }
            blocks.finish();
            trig.write(TRIG_CLOSE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        record(name.getURI(), starts);
    }

    /** A node in N-Triples as UTF-8; IRIs and blank nodes are formatted once and remembered. */
    private byte[] nt(Node node) {
        return node.isURI() || node.isBlank() ? ntNames.get(node, this::formatted) : formatted(node);
    }

    private byte[] formatted(Node node) {
        ntLine.clear();
        ntFormatter.format(ntLine, node);
        return ntLine.utf8();
    }

    /** Puts "s p o" into {@link #spo} and returns its length. */
    private int spo(byte[] s, byte[] p, byte[] o) {
        int length = s.length + p.length + o.length + 2;
        if (length > spo.length) spo = new byte[Math.max(length, 2 * spo.length)];
        System.arraycopy(s, 0, spo, 0, s.length);
        spo[s.length] = ' ';
        System.arraycopy(p, 0, spo, s.length + 1, p.length);
        spo[s.length + 1 + p.length] = ' ';
        System.arraycopy(o, 0, spo, s.length + p.length + 2, o.length);
        return length;
    }

    private void record(String graph, long[] starts) {
        long[] lengths = new long[FORMATS.size()];
        for (int i = 0; i < outputs.size(); i++) lengths[i] = outputs.get(i).bytes().count - starts[i];
        segments.add(new DumpSegments.Segment(graph, starts, lengths));
    }

    /**
     * Copies a segment of the dumps in {@code previous} (another generation's folder, written by
     * this class with the same prefixes) into these dumps, as bytes: the graph it holds is the same
     * in both generations.
     */
    public void copy(Path previous, DumpSegments.Segment segment) throws IOException {
        long[] starts = new long[FORMATS.size()];
        if (copyBuffer == null) copyBuffer = ByteBuffer.allocate(1 << 20);
        ByteBuffer buffer = copyBuffer;
        for (int i = 0; i < outputs.size(); i++) {
            Output out = outputs.get(i);
            starts[i] = out.bytes().count;
            try (FileChannel from = FileChannel.open(previous.resolve(out.format().fileName()), StandardOpenOption.READ)) {
                long position = segment.starts()[i];
                long left = segment.lengths()[i];
                while (left > 0) {
                    checkpoint();
                    buffer.clear().limit((int) Math.min(buffer.capacity(), left));
                    int read = from.read(buffer, position);
                    if (read < 0) throw new IOException(previous.resolve(out.format().fileName()) + " ends inside the segment of " + segment.graph());
                    out.bytes().write(buffer.array(), 0, read);
                    position += read;
                    left -= read;
                }
            }
        }
        record(segment.graph(), starts);
    }

    /** The segments written or copied so far, in file order, with the headers' lengths. */
    public DumpSegments segments() {
        return new DumpSegments(headers.clone(), List.copyOf(segments));
    }

    /** Ends every file and returns them with their sizes and hashes, in {@link #FORMATS} order. */
    public List<WrittenFile> finish() throws IOException {
        List<WrittenFile> written = new ArrayList<>();
        for (Output out : outputs) {
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
        for (Output out : outputs) {
            try {
                out.bytes().close();
            } catch (IOException e) {
                // abandoned anyway
            }
        }
        finished = true;
    }
}
