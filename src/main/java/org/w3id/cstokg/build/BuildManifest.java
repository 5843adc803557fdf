package org.w3id.cstokg.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.cstokg.load.MappedFile;

/**
 * What a generation was built from, kept in its folder {@code manifest/} so that the next build
 * can tell which fact files changed: {@code files.tsv} holds the hash of everything else the build
 * read ({@link #inputs}: ontology, shapes, QC queries, base URL, options) and, per fact file, its
 * version (SHA-256, see {@link MappedFile#version}), its document's named graph and the text file its
 * header names; {@code links.nq} holds each file's share of the links graph, in a graph named after
 * its document (the links graph is filled by all files together, so the store alone cannot say
 * which file stated a link).
 */
record BuildManifest(String inputs, Map<String, Entry> files, LinkShares links) {
    /** The folder of a generation the manifest is kept in. */
    static final String FOLDER = "manifest";
    /** The file of the folder that holds the link shares. */
    static final String LINKS = "links.nq";
    private static final String HEADER = "# csto-kg build manifest 1";

    /** One fact file, by name in the data folder. */
    record Entry(String name, String version, String graph, String text) {}

    /** An empty manifest for a build from {@code inputs}. */
    static BuildManifest of(String inputs) {
        return new BuildManifest(inputs, new LinkedHashMap<>(), new LinkShares());
    }

    /** Records a file as mapped, with its share of the links. */
    void add(MappedFile mapped) {
        addFile(mapped);
        if (!mapped.links().isEmpty()) links.put(mapped.graph(), mapped.links());
        else links.remove(mapped.graph());
    }

    /** Records a file as mapped, without its share of the links (a full build writes them as it goes: {@link LinksFile}). */
    void addFile(MappedFile mapped) {
        String name = mapped.file().getFileName().toString();
        files.put(name, new Entry(name, mapped.version(), mapped.graph(), mapped.text()));
    }

    /** Forgets a file. */
    void remove(Entry entry) {
        files.remove(entry.name());
        links.remove(entry.graph());
    }

    /** The manifest of a generation, or empty if it has none (built by an earlier version) or it does not read. */
    static Optional<BuildManifest> read(Path generation) {
        Path folder = generation.resolve(FOLDER);
        Path tsv = folder.resolve("files.tsv");
        if (!Files.isRegularFile(tsv)) return Optional.empty();
        try {
            List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("inputs\t")) return Optional.empty();
            BuildManifest manifest = of(lines.get(1).substring("inputs\t".length()));
            for (String line : lines.subList(2, lines.size())) {
                String[] f = line.split("\t", -1);
                if (f.length != 4) return Optional.empty();
                manifest.files.put(f[0], new Entry(f[0], f[1], f[2], f[3]));
            }
            DatasetGraph shares = DatasetGraphFactory.createTxnMem();
            RDFDataMgr.read(shares, folder.resolve(LINKS).toString(), Lang.NQUADS);
            shares.listGraphNodes().forEachRemaining(g -> {
                Graph share = GraphFactory.createDefaultGraph();
                shares.getGraph(g).find().forEachRemaining(share::add);
                manifest.links.put(g.getURI(), share);
            });
            return Optional.of(manifest);
        } catch (IOException | RiotException e) {
            return Optional.empty();
        }
    }

    /** Writes the manifest into {@code generation/manifest/}: the files and the link shares. */
    void write(Path generation) throws IOException {
        writeFiles(generation);
        try (LinksFile out = LinksFile.create(generation)) {
            links.byGraph().forEach(out::add);
        }
    }

    /** Writes {@code generation/manifest/files.tsv} only (the link shares went to a {@link LinksFile}). */
    void writeFiles(Path generation) throws IOException {
        Path folder = Files.createDirectories(generation.resolve(FOLDER));
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.add("inputs\t" + inputs);
        for (Entry e : files.values()) {
            if (e.name().contains("\t") || e.name().contains("\n") || e.text().contains("\t") || e.text().contains("\n")) {
                throw new IOException("cannot record the file name " + e.name() + " in the build manifest");
            }
            lines.add(String.join("\t", e.name(), e.version(), e.graph(), e.text()));
        }
        Files.write(folder.resolve("files.tsv"), lines, StandardCharsets.UTF_8);
    }
}
