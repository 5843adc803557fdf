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
import org.w3id.cstokg.audit.EvidenceGraph;
import org.w3id.cstokg.audit.FactLocator;
import org.w3id.cstokg.facts.Document;
import org.w3id.cstokg.facts.ErrorRecorder;
import org.w3id.cstokg.facts.FactReader;
import org.w3id.cstokg.load.OntologyFactFormat;
import org.w3id.cstokg.facts.Facts;
import org.w3id.cstokg.facts.ParagraphLayout;
import org.w3id.cstokg.load.BuildResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kg audit}: the two-way, per-fact check of the graph against the articles' texts (docs/audit.md).
 * Without {@code --source} it audits every article whose {@code document} header names a
 * {@code text} file that is present, and says which it skipped. The graph is built from
 * {@code --data} (or read from {@code --graph}); the reviewed exemptions are the {@code audit:}
 * entries of the audited document's fact file. Exit 0 if nothing is wrong, 1 if something is
 * (or an exemption is stale), 2 if an input cannot be read or there is nothing to audit.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Checks each article's graph against its text, fact by fact: evidence words found once in the "
                + "cited paragraph, every triple with evidence, every number, date, citation and quotation inside "
                + "the evidence of a fact stating it, every sentence covered; prints the problems, part by part.")
public final class AuditCommand implements Callable<Integer> {

    static final int PASSED = ExitCodes.of(Outcome.OK);
    static final int MISSING = ExitCodes.of(Outcome.FAILED);
    static final int UNREADABLE = ExitCodes.of(Outcome.USAGE);

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions sources;

    @Option(names = "--source", paramLabel = "FILE",
            description = "The article's text file (default: the text file each document header names).")
    Path source;

    @Option(names = "--graph", paramLabel = "FILE",
            description = "Audit this built graph (TriG) instead of building one from --data.")
    Path graph;

    @Option(names = "--document", paramLabel = "ID",
            description = "The identifier of the audited article (default: with --source the only kg:Article in "
                    + "the graph, without it every article whose text is present).")
    String document;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            ErrorRecorder errors = new ErrorRecorder();
            Optional<Inputs> inputs = graph == null ? built(errors) : read(errors);
            if (inputs.isEmpty()) {
                errors.errors().forEach(err::println);
                err.println("kg audit: the fact files have " + errors.errors().size() + " error(s); nothing audited");
                return UNREADABLE;
            }
            List<AuditTarget> targets = source != null ? List.of(new AuditTarget(Optional.ofNullable(document), source))
                    : AuditTarget.present(inputs.get().facts(), Optional.ofNullable(document), sources.data, err);
            if (targets.isEmpty()) return UNREADABLE;
            int code = PASSED;
            for (AuditTarget target : targets) {
                if (source == null) spec.commandLine().getOut().println(target.id().orElseThrow() + ": " + target.text());
                code = Math.max(code, audit(inputs.get(), target)); // the exit codes rank the outcomes
            }
            return code;
        } catch (RiotNotFoundException e) {
            err.println("kg audit: no graph at " + graph + " (build it first, or leave out --graph)");
        } catch (RiotException e) {
            err.println("kg audit: cannot read the graph " + graph + ": " + e.getMessage());
        }
        return UNREADABLE;
    }

    private int audit(Inputs inputs, AuditTarget target) {
        PrintWriter err = spec.commandLine().getErr();
        try {
            Dataset dataset = inputs.dataset();
            AuditedDocument audited = AuditedDocument.in(dataset.getUnionModel(), target.id());
            ArticleText article = ArticleText.read(target.text(), layout(inputs.facts(), audited.id()));
            if (article.paragraphCount() == 0) {
                err.println("kg audit: " + target.text() + " has no paragraphs to audit");
                return UNREADABLE;
            }
            List<Exemption> exemptions = exemptions(inputs.facts(), audited.id());
            AuditReport report = new Audit(EvidenceGraph.of(dataset, audited), exemptions, inputs.locator())
                    .check(article, audited.year());
            report.lines().forEach(spec.commandLine().getOut()::println);
            return report.passed() ? PASSED : MISSING;
        } catch (IOException e) {
            err.println("kg audit: cannot read " + describe(e, target.text()));
        } catch (AuditInputException e) {
            err.println("kg audit: " + (graph == null ? sources.data : graph) + ": " + e.getMessage());
        }
        return UNREADABLE;
    }

    private record Inputs(Dataset dataset, Facts facts, FactLocator locator) {}

    private Optional<Inputs> built(ErrorRecorder errors) {
        BuildResult result = sources.build(errors);
        return result.ok() ? Optional.of(new Inputs(result.dataset(), result.facts(), result.sources()::locate)) : Optional.empty();
    }

    private Optional<Inputs> read(ErrorRecorder errors) {
        Facts facts = FactReader.readDirectory(sources.data, OntologyFactFormat.load(sources.ontology, errors), errors);
        if (errors.hasErrors()) return Optional.empty();
        return Optional.of(new Inputs(RDFDataMgr.loadDataset(graph.toString()), facts, FactLocator.NONE));
    }

    private static Optional<Document> header(Facts facts, String documentId) {
        return facts.files().stream().flatMap(f -> f.document().stream()).filter(d -> d.id().equals(documentId)).findFirst();
    }

    /** The paragraph layout the document's header declares, the default one for a document without a header. */
    private static ParagraphLayout layout(Facts facts, String documentId) {
        return header(facts, documentId).map(Document::layout).orElse(ParagraphLayout.DEFAULT);
    }

    private static List<Exemption> exemptions(Facts facts, String documentId) {
        return facts.files().stream()
                .filter(f -> f.document().filter(d -> d.id().equals(documentId)).isPresent())
                .flatMap(f -> f.audit().stream())
                .map(note -> new Exemption(note.paragraph(), note.text(), note.reason(), note.sentence(), note.about()))
                .toList();
    }

    private static String describe(IOException e, Path text) {
        if (e instanceof NoSuchFileException) {
            return e.getMessage() + " (no such file)";
        }
        return e instanceof CharacterCodingException ? text + " (not UTF-8 text)" : e.getMessage();
    }
}
