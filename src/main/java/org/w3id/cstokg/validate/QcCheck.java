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

    static List<Violation> run(Path qcDir, Dataset union, SourceMap sources) {
        List<Path> files = queries(qcDir);
        if (files.isEmpty()) {
            return List.of(new Violation("qc", "", "", "no QC queries found (expected " + qcDir + "/*.rq);"
                    + " nothing was checked", Optional.empty()));
        }
        List<Violation> out = new ArrayList<>();
        for (Path file : files) out.addAll(runOne(file, union, sources));
        return out;
    }

    private static List<Violation> runOne(Path file, Dataset union, SourceMap sources) {
        String check = "qc/" + file.getFileName();
        Query query;
        try {
            query = SparqlFile.parse(file);
        } catch (KgException e) {
            return List.of(new Violation(check, "", "", e.getMessage(), Optional.empty()));
        }
        if (!query.isSelectType()) {
            return List.of(new Violation(check, "", "", "a QC query must be a SELECT query", Optional.empty()));
        }
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
