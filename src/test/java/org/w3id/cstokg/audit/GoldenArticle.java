package org.w3id.cstokg.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.update.UpdateAction;

/**
 * The small invented article of the audit tests, a golden folder {@code audit/small/}:
 * {@code article.txt}, its complete facts {@code facts.trig}, the reviewed list {@code exemptions.txt}
 * and the report {@code expected.txt}. The cases {@code audit/cases/<name>/} each change the facts
 * with {@code change.ru} (SPARQL Update) and give the {@code expected.txt} report.
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

    /** A fresh copy of the complete facts, which a test may change. */
    public static Dataset facts() {
        Dataset dataset = DatasetFactory.create();
        RDFDataMgr.read(dataset, folder().resolve("facts.trig").toString());
        return dataset;
    }

    /** The facts as changed by {@code case}'s {@code change.ru}. */
    static Dataset facts(Path caseFolder) {
        Dataset dataset = facts();
        UpdateAction.parseExecute(read(caseFolder.resolve("change.ru")), dataset);
        return dataset;
    }

    /** The {@code exemptions.txt} of {@code folder}: part, {@code text} or {@code sentence}, the words, the reason, tab-separated. */
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
