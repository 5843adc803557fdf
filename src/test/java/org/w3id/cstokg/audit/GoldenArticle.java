package org.w3id.cstokg.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.update.UpdateAction;
import org.w3id.cstokg.load.BuildResult;
import org.w3id.cstokg.load.GraphBuilder;

/**
 * The small invented article of the audit tests, a golden folder {@code audit/small/}:
 * {@code article.txt}, its fact file {@code data/small-1.yaml} (complete, with its reviewed
 * {@code audit:} list), and the report {@code expected.txt}. The cases {@code audit/cases/<name>/} each change the built
 * graph with {@code change.ru} (SPARQL Update), may replace the reviewed list ({@code exemptions.txt}),
 * and give the {@code expected.txt} report.
 */
public final class GoldenArticle {

    public static final String DOCUMENT = "small-1";
    static final int YEAR = 2022;

    private GoldenArticle() {}

    public static Path folder() {
        return resource("audit/small");
    }

    static Path cases() {
        return resource("audit/cases");
    }

    private static Path resource(String name) {
        try {
            return Path.of(GoldenArticle.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text() {
        return read(folder().resolve("article.txt"));
    }

    static ArticleText article() {
        return ParagraphSplitter.split(text());
    }

    /** The fact file's folder. */
    public static Path data() {
        return folder().resolve("data");
    }

    /** A fresh build of the fact file, which a test may change. */
    public static Dataset facts() {
        return built(data()).dataset();
    }

    static BuildResult built(Path dataDir) {
        BuildResult result = GraphBuilder.create().dataDir(dataDir).ontologyDir(Path.of("ontology")).build();
        if (!result.ok()) throw new IllegalStateException("the facts do not build: " + result.errors());
        return result;
    }

    /** The reviewed {@code audit:} list of the fact file. */
    static List<Exemption> exemptions() {
        return built(data()).facts().files().stream().flatMap(f -> f.audit().stream())
                .map(n -> new Exemption(n.paragraph(), n.text(), n.reason(), n.sentence(), n.about())).toList();
    }

    /** The facts as changed by {@code case}'s {@code change.ru}. */
    static Dataset facts(Path caseFolder) {
        Dataset dataset = facts();
        UpdateAction.parseExecute(read(caseFolder.resolve("change.ru")), dataset);
        return dataset;
    }

    /** The {@code exemptions.txt} of a case: part, {@code text} or {@code sentence}, the words, the reason, tab-separated. */
    static List<Exemption> exemptions(Path folder) {
        return lines(folder.resolve("exemptions.txt")).stream().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("\t")).map(f -> new Exemption(f[0].equals("caption") ? 0 : Integer.parseInt(f[0]), f[2],
                        f[3], f[1].equals("sentence"))).toList();
    }

    static List<String> expected(Path folder) {
        return lines(folder.resolve("expected.txt"));
    }

    static AuditReport audit(Dataset facts, List<Exemption> exemptions) {
        AuditedDocument document = new AuditedDocument(DOCUMENT, YEAR);
        return new Audit(EvidenceGraph.of(facts, document), exemptions, FactLocator.NONE).check(article(), YEAR);
    }

    private static List<String> lines(Path file) {
        return read(file).lines().toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
