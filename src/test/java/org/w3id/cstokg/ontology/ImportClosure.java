package org.w3id.cstokg.ontology;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;

/**
 * An ontology and all it imports, transitively, read from the local files a catalog maps them to.
 * There is no other way in: an import the catalog does not map is an error, never a download, so
 * loading works offline or not at all.
 */
record ImportClosure(Map<String, Model> modules) {

    static ImportClosure load(String ontologyIri, XmlCatalog catalog) {
        Map<String, Model> loaded = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(ontologyIri);
        while (!queue.isEmpty()) {
            String iri = queue.poll();
            if (loaded.containsKey(iri)) continue;
            Path file = catalog.resolve(iri).orElseThrow(() -> new IllegalStateException(
                    "owl:imports <" + iri + "> is not mapped in " + catalog.file()));
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException(catalog.file() + " maps <" + iri + "> to a missing file: " + file);
            }
            Model m = OntologyFiles.read(file);
            Resource ontology = m.createResource(iri);
            if (!m.contains(ontology, RDF.type, OWL.Ontology)) {
                throw new IllegalStateException(file + " does not declare <" + iri + "> a owl:Ontology");
            }
            loaded.put(iri, m);
            m.listObjectsOfProperty(ontology, OWL.imports).mapWith(RDFNode::asResource)
                    .forEach(r -> queue.add(r.getURI()));
        }
        return new ImportClosure(Map.copyOf(loaded));
    }

    /** All modules in one model. */
    Model union() {
        Model all = ModelFactory.createDefaultModel();
        modules.values().forEach(all::add);
        return all;
    }
}
