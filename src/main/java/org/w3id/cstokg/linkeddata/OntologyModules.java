package org.w3id.cstokg.linkeddata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cstokg.vocab.KG;
import org.w3id.cstokg.vocab.KgPrefixes;

/**
 * The ontology modules of a folder ({@code ontology/*.ttl}), each by the part of its
 * {@code owl:Ontology} IRI and of its {@code owl:versionIRI} after {@link KG#ONTOLOGY}
 * ({@code /actors}, {@code /0.1.0/actors}): what an {@code owl:imports} of a module IRI must get.
 */
final class OntologyModules {
    private final Map<String, Model> byPath;

    private OntologyModules(Map<String, Model> byPath) {
        this.byPath = byPath;
    }

    /** Reads every Turtle file of {@code dir} that declares an ontology under {@link KG#ONTOLOGY}; none if it is missing. */
    static OntologyModules read(Path dir) {
        Map<String, Model> modules = new TreeMap<>();
        if (!Files.isDirectory(dir)) return new OntologyModules(modules);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList()) {
                Model model = RDFDataMgr.loadModel(file.toString()).setNsPrefixes(KgPrefixes.mapping());
                for (Resource ontology : model.listSubjectsWithProperty(RDF.type, OWL.Ontology).toList()) {
                    path(ontology).ifPresent(p -> modules.put(p, model));
                    for (RDFNode version : model.listObjectsOfProperty(ontology, OWL.versionIRI).toList())
                        if (version.isURIResource()) path(version.asResource()).ifPresent(p -> modules.put(p, model));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OntologyModules(modules);
    }

    private static Optional<String> path(Resource iri) {
        String uri = iri.getURI();
        return uri != null && uri.startsWith(KG.ONTOLOGY + "/") ? Optional.of(uri.substring(KG.ONTOLOGY.length())) : Optional.empty();
    }

    /** The module whose IRI or version IRI ends in {@code path} (e.g. {@code /actors}). */
    Optional<Model> module(String path) {
        return Optional.ofNullable(byPath.get(path));
    }
}
