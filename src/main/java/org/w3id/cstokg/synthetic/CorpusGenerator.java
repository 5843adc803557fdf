package org.w3id.cstokg.synthetic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.w3id.cstokg.KgException;

/**
 * Writes a synthetic corpus of fact files in the real format, shaped like data/edm-19-2.yaml, for
 * benchmarks: the same seed gives the same files, and file k is the same whatever the corpus size,
 * so N = 100 is a prefix of N = 1,000. The first file also defines the actors every file shares.
 * <pre>{@code
 * List<Path> files = CorpusGenerator.create().files(100).seed(42).out(Path.of("target/corpus")).generate();
 * }</pre>
 */
public final class CorpusGenerator {
    private int files = 1;
    private long seed = 1;
    private Path out;

    private CorpusGenerator() {}

    public static CorpusGenerator create() { return new CorpusGenerator(); }

    /** How many fact files (at least 1). */
    public CorpusGenerator files(int n) {
        if (n < 1) throw new IllegalArgumentException("files must be at least 1, not " + n);
        this.files = n;
        return this;
    }

    public CorpusGenerator seed(long s) { this.seed = s; return this; }

    /** The folder to write into (created if need be). */
    public CorpusGenerator out(Path dir) { this.out = Objects.requireNonNull(dir, "out"); return this; }

    /** Writes the files and answers their paths, in order. */
    public List<Path> generate() {
        Objects.requireNonNull(out, "out");
        SharedPool pool = SharedPool.standard();
        List<Path> written = new ArrayList<>(files);
        try {
            Files.createDirectories(out);
            for (int i = 1; i <= files; i++) {
                Path file = out.resolve(SyntheticArticle.documentId(i) + ".yaml");
                Files.writeString(file, new SyntheticArticle(i, seed, pool).yaml(), StandardCharsets.UTF_8);
                written.add(file);
            }
        } catch (IOException e) {
            throw new KgException("Cannot write the corpus into " + out + ": " + e.getMessage(), e);
        }
        return written;
    }
}
