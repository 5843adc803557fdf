package org.w3id.cstokg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.w3id.cstokg.KgIoException;
import org.w3id.cstokg.vocab.Graphs;

/**
 * Writes the dumps {@code csto-kg.trig}, {@code csto-kg.nq} (every graph) and {@code csto-kg.ttl}
 * (the union of the graphs, shapes left out). Each goes to a temporary file first and all are then
 * renamed into place, so a failed run leaves no half-written dump.
 */
public final class DumpWriter {
    public static final String BASENAME = "csto-kg";

    private DumpWriter() {}

    public static void write(Dataset dataset, Path outDir) {
        Map<Path, Consumer<OutputStream>> dumps = new LinkedHashMap<>();
        dumps.put(outDir.resolve(BASENAME + ".trig"), out -> RDFDataMgr.write(out, dataset, Lang.TRIG));
        dumps.put(outDir.resolve(BASENAME + ".nq"), out -> RDFDataMgr.write(out, dataset, Lang.NQUADS));
        dumps.put(outDir.resolve(BASENAME + ".ttl"), out -> RDFDataMgr.write(out, union(dataset), Lang.TURTLE));
        Map<Path, Path> temps = new LinkedHashMap<>();
        try {
            Files.createDirectories(outDir);
            for (var dump : dumps.entrySet()) temps.put(dump.getKey(), temp(outDir, dump.getValue()));
            for (var t : temps.entrySet()) {
                Files.move(t.getValue(), t.getKey(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            temps.values().forEach(DumpWriter::deleteQuietly);
            throw new KgIoException("cannot write the dumps to " + outDir, e);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // Already failing; the original error is the one to report.
        }
    }

    private static Path temp(Path dir, Consumer<OutputStream> writer) throws IOException {
        Path temp = Files.createTempFile(dir, "." + BASENAME, ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            writer.accept(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    private static Model union(Dataset dataset) {
        Model union = ModelFactory.createDefaultModel();
        union.setNsPrefixes(dataset.getDefaultModel().getNsPrefixMap());
        for (Iterator<String> it = dataset.listNames(); it.hasNext(); ) {
            String name = it.next();
            if (!name.equals(Graphs.SHAPES)) union.add(dataset.getNamedModel(name));
        }
        return union;
    }
}
