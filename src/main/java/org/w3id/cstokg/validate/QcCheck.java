package org.w3id.cstokg.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.w3id.cstokg.KgException;
import org.w3id.cstokg.load.SourceMap;
import org.w3id.cstokg.query.SparqlFile;

/**
 * Runs every {@code *.rq} in the QC directory, SELECT queries whose every row is a violation.
 * The focus node is {@code ?focus} (else the first IRI in the row); the message is {@code ?message} if bound.
 */
final class QcCheck {
    private QcCheck() {}

    /** A QC query read from its file, or why it could not be. */
    record QcQuery(String check, Optional<Query> query, String problem) {}

    /** Reads every {@code *.rq} of the QC directory once. */
    static List<QcQuery> read(Path qcDir) {
        List<QcQuery> out = new ArrayList<>();
        for (Path file : queries(qcDir)) {
            String check = "qc/" + file.getFileName();
            try {
                Query query = SparqlFile.parse(file);
                out.add(query.isSelectType() ? new QcQuery(check, Optional.of(query), "")
                        : new QcQuery(check, Optional.empty(), "a QC query must be a SELECT query"));
            } catch (KgException e) {
                out.add(new QcQuery(check, Optional.empty(), e.getMessage()));
            }
        }
        return out;
    }

    static List<Violation> run(Path qcDir, List<QcQuery> queries, Dataset union, SourceMap sources) {
        if (queries.isEmpty()) {
            return List.of(new Violation("qc", "", "", "no QC queries found (expected " + qcDir + "/*.rq);"
                    + " nothing was checked", Optional.empty()));
        }
        List<Violation> out = new ArrayList<>();
        for (QcQuery q : queries) {
            out.addAll(q.query().map(query -> runOne(q.check(), query, union, sources))
                    .orElseGet(() -> List.of(new Violation(q.check(), "", "", q.problem(), Optional.empty()))));
        }
        return out;
    }

    private static List<Violation> runOne(String check, Query query, Dataset union, SourceMap sources) {
        List<Violation> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(query, union)) {
            ResultSet rows = qe.execSelect();
            while (rows.hasNext()) out.add(violation(check, rows.next(), rows.getResultVars(), sources));
        }
        return out;
    }

    private static Violation violation(String check, QuerySolution row, List<String> vars, SourceMap sources) {
        String focus = Optional.ofNullable(row.get("focus")).filter(RDFNode::isURIResource)
                .or(() -> vars.stream().map(row::get).filter(n -> n != null && n.isURIResource()).findFirst())
                .map(n -> n.asResource().getURI()).orElse("");
        String message = Optional.ofNullable(row.get("message")).map(m -> m.isLiteral() ? m.asLiteral().getLexicalForm() : m.toString())
                .orElseGet(() -> vars.stream().filter(v -> row.get(v) != null)
                        .map(v -> v + "=" + row.get(v)).collect(Collectors.joining(" ")));
        return new Violation(check, focus, "", message, sources.locate(focus));
    }

    private static List<Path> queries(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
