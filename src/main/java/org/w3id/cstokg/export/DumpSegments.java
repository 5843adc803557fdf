package org.w3id.cstokg.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where each graph's statements lie in the four streamed dumps of a generation: one segment per
 * {@link StreamedDumps#graph} call, with its byte range in each of {@link StreamedDumps#FORMATS}, in
 * file order, so that the next build can copy an unchanged graph's bytes instead of writing them
 * again ({@link StreamedDumps#copy}). Kept as {@code dump-segments.tsv} beside the build manifest.
 */
public record DumpSegments(long[] headers, List<Segment> segments) {
    /** The file name, inside the generation's manifest folder. */
    public static final String FILE = "dump-segments.tsv";
    private static final String HEADER = "# csto-kg dump segments 1";

    /** One graph's statements: its name and, per format, where they start and how many bytes they take. */
    public record Segment(String graph, long[] starts, long[] lengths) {}

    /** The segments of the dumps of {@code folder}, or empty when there is no index or it does not read. */
    public static Optional<DumpSegments> read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            int n = StreamedDumps.FORMATS.size();
            if (lines.size() < 2 || !lines.get(0).equals(HEADER)) return Optional.empty();
            long[] headers = numbers(lines.get(1).split("\t", -1), 1, n);
            List<Segment> segments = new ArrayList<>();
            for (String line : lines.subList(2, lines.size())) {
                String[] f = line.split("\t", -1);
                if (f.length != 1 + 2 * n) return Optional.empty();
                segments.add(new Segment(f[0], numbers(f, 1, n), numbers(f, 1 + n, n)));
            }
            return Optional.of(new DumpSegments(headers, segments));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static long[] numbers(String[] fields, int from, int count) {
        if (fields.length < from + count) throw new IllegalArgumentException("short line");
        long[] numbers = new long[count];
        for (int i = 0; i < count; i++) numbers[i] = Long.parseLong(fields[from + i]);
        return numbers;
    }

    /**
     * Whether the dumps in {@code generation} end where the index says they end (each file as long
     * as its header and segments): a file cut short or written by something else is not spliced from.
     */
    public boolean fits(Path generation) {
        for (int i = 0; i < StreamedDumps.FORMATS.size(); i++) {
            long end = headers[i];
            for (Segment s : segments) end = Math.max(end, s.starts()[i] + s.lengths()[i]);
            try {
                if (Files.size(generation.resolve(StreamedDumps.FORMATS.get(i).fileName())) != end) return false;
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** Writes the index into {@code folder} (created if need be). */
    public void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.add("header\t" + join(headers));
        for (Segment s : segments) {
            if (s.graph().contains("\t") || s.graph().contains("\n")) throw new IOException("graph name " + s.graph() + " cannot be indexed");
            lines.add(s.graph() + "\t" + join(s.starts()) + "\t" + join(s.lengths()));
        }
        Files.write(folder.resolve(FILE), lines, StandardCharsets.UTF_8);
    }

    private static String join(long[] numbers) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < numbers.length; i++) b.append(i == 0 ? "" : "\t").append(numbers[i]);
        return b.toString();
    }
}
