package org.w3id.cstokg.ontology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.update.UpdateAction;

/**
 * One way of breaking the clean fixture ({@code src/test/resources/ontology/clean.ttl}): a SPARQL
 * Update whose header says exactly what it breaks, e.g. {@code # shacl: kgsh:QuantityShape 1},
 * {@code # qc: dangling-reference 1}, {@code # owl: inconsistent}. Anything not named breaks nothing.
 */
record Mutation(String name, String update, Map<String, Integer> shacl, Map<String, Integer> qc, boolean inconsistent) {
    private static final Pattern COUNT = Pattern.compile("# (shacl|qc): (\\S+) (\\d+)");

    static Model clean() {
        return OntologyFiles.read(OntologyFiles.FIXTURES.resolve("clean.ttl"));
    }

    static List<Mutation> all() {
        return OntologyFiles.scan(OntologyFiles.FIXTURES.resolve("mutations"), 1, ".ru").stream().map(Mutation::read).toList();
    }

    static Mutation read(Path file) {
        try {
            String text = Files.readString(file);
            Map<String, Integer> shacl = new TreeMap<>();
            Map<String, Integer> qc = new TreeMap<>();
            boolean inconsistent = false;
            for (String line : text.lines().takeWhile(l -> l.startsWith("#")).toList()) {
                Matcher m = COUNT.matcher(line);
                if (m.matches()) {
                    (m.group(1).equals("shacl") ? shacl : qc).merge(m.group(2), Integer.parseInt(m.group(3)), Integer::sum);
                } else if (line.equals("# owl: inconsistent")) {
                    inconsistent = true;
                } else if (line.matches("# (shacl|qc|owl):.*")) {
                    throw new IllegalArgumentException(file + ": cannot read the expectation: " + line);
                }
            }
            String name = file.getFileName().toString().replaceFirst("\\.ru$", "");
            return new Mutation(name, text, Map.copyOf(shacl), Map.copyOf(qc), inconsistent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the clean fixture with this mutation applied. */
    Model apply() {
        Model m = ModelFactory.createDefaultModel().add(clean());
        UpdateAction.parseExecute(update, m);
        return m;
    }

    @Override
    public String toString() {
        return name;
    }
}
