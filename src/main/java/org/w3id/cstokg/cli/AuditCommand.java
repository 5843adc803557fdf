package org.w3id.cstokg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotNotFoundException;
import org.w3id.cstokg.audit.ArticleText;
import org.w3id.cstokg.audit.Audit;
import org.w3id.cstokg.audit.AuditInputException;
import org.w3id.cstokg.audit.AuditReport;
import org.w3id.cstokg.audit.AuditedDocument;
import org.w3id.cstokg.audit.Exemption;
import org.w3id.cstokg.audit.FactIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kg audit --source ARTICLE.txt}: the recall check of the graph against the article's text
 * (docs/audit.md). Exit 0 if nothing is missing, 1 if something is (or an exemption is stale),
 * 2 if the inputs cannot be read.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Checks that every number, date and outlet citation of the article is stated by a fact "
                + "citing its paragraph; prints what is missing, paragraph by paragraph.")
public final class AuditCommand implements Callable<Integer> {

    static final int PASSED = 0;
    static final int MISSING = 1;
    static final int UNREADABLE = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--source", required = true, paramLabel = "FILE", description = "The article's text file.")
    Path source;

    @Option(names = "--graph", paramLabel = "FILE", defaultValue = "target/kg/csto-kg.trig",
            description = "The built graph, as TriG (default: ${DEFAULT-VALUE}).")
    Path graph;

    @Option(names = "--document", paramLabel = "ID",
            description = "The identifier of the audited article (default: the only kg:Article in the graph).")
    String document;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "The fact files, for their audit: lists (default: ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            ArticleText article = ArticleText.read(source);
            if (article.paragraphCount() == 0) {
                err.println("kg audit: " + source + " has no paragraphs to audit");
                return UNREADABLE;
            }
            Dataset dataset = RDFDataMgr.loadDataset(graph.toString());
            AuditedDocument audited = AuditedDocument.in(dataset.getUnionModel(), Optional.ofNullable(document));
            List<Exemption> exemptions = InterimAuditList.read(data, audited.id());
            AuditReport report = new Audit(FactIndex.of(dataset, audited), exemptions).check(article, audited.year());
            report.lines().forEach(spec.commandLine().getOut()::println);
            return report.passed() ? PASSED : MISSING;
        } catch (IOException e) {
            err.println("kg audit: cannot read " + describe(e));
        } catch (RiotNotFoundException e) {
            err.println("kg audit: no graph at " + graph + " (build it first, or give --graph)");
        } catch (RiotException e) {
            err.println("kg audit: cannot read the graph " + graph + ": " + e.getMessage());
        } catch (AuditInputException e) {
            err.println("kg audit: " + graph + ": " + e.getMessage());
        }
        return UNREADABLE;
    }

    private String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return e.getMessage() + " (no such file)";
        }
        return e instanceof CharacterCodingException ? source + " (not UTF-8 text)" : e.getMessage();
    }
}
