package org.w3id.cstokg.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.listeners.StatementListener;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;

/**
 * Which citations state each triple of a document graph: every triple a mapper adds while
 * {@link #stating} is in force is recorded with the citations in force (the innermost ones), and
 * {@link #write} gives each such triple an RDF 1.1 reifier, {@code rdf:Statement} with
 * {@code rdf:subject}, {@code rdf:predicate}, {@code rdf:object} and {@code kg:citation}.
 * The citations themselves and {@code dcterms:source} are bookkeeping, not stated, and are not recorded.
 */
final class Grounding extends StatementListener {
    private final Deque<List<Resource>> citing = new ArrayDeque<>();
    private final Map<Triple, Set<Resource>> stated = new LinkedHashMap<>();

    /** Runs {@code mapping}, recording each triple it adds as stated by {@code citations} (none: not recorded). */
    void stating(List<Resource> citations, Runnable mapping) {
        citing.push(citations);
        try {
            mapping.run();
        } finally {
            citing.pop();
        }
    }

    @Override
    public void addedStatement(Statement s) {
        List<Resource> citations = citing.peek();
        if (citations == null || citations.isEmpty()) return;
        if (s.getPredicate().equals(KG.citation) || s.getPredicate().equals(DCTerms.source)) return;
        stated.computeIfAbsent(s.asTriple(), t -> new LinkedHashSet<>()).addAll(citations);
    }

    /** Adds the reifier of every recorded triple to {@code model}, named after the document and the triple. */
    void write(Model model, String documentId) {
        for (Map.Entry<Triple, Set<Resource>> e : stated.entrySet()) {
            Triple t = e.getKey();
            Resource reifier = model.createResource(Ids.stated(documentId, hash(t)));
            reifier.addProperty(RDF.type, RDF.Statement)
                    .addProperty(RDF.subject, model.getRDFNode(t.getSubject()).asResource())
                    .addProperty(RDF.predicate, model.getRDFNode(t.getPredicate()).asResource())
                    .addProperty(RDF.object, model.getRDFNode(t.getObject()));
            e.getValue().forEach(c -> reifier.addProperty(KG.citation, c));
        }
        stated.clear();
    }

    /** How many triples are recorded as stated. */
    int size() { return stated.size(); }

    /** The first 16 hex digits of the SHA-256 of the triple in N-Triples: stable across builds. */
    static String hash(Triple t) {
        String line = FmtUtils.stringForNode(t.getSubject()) + " " + FmtUtils.stringForNode(t.getPredicate()) + " "
                + FmtUtils.stringForNode(t.getObject());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(line.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
