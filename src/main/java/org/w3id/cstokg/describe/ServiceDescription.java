package org.w3id.cstokg.describe;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cstokg.vocab.KgDataset;
import org.w3id.cstokg.vocab.KgPrefixes;
import org.w3id.cstokg.vocab.SD;

/**
 * The SPARQL 1.1 Service Description of a query endpoint: SPARQL 1.1 Query, the result formats it
 * writes, its default dataset (the union of the named graphs, {@code sd:UnionDefaultGraph}) and
 * every named graph it serves. Usage: {@code ServiceDescription.of("http://host/csto/sparql", dataset)}.
 */
public final class ServiceDescription {
    /** The formats Fuseki answers queries in: SELECT/ASK results, then CONSTRUCT/DESCRIBE graphs. */
    static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML",
            "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "N-Triples", "RDF_XML", "JSON-LD", "TriG", "N-Quads");

    private ServiceDescription() {}

    /** The description of the endpoint at {@code endpointUrl} serving {@code dataset}. */
    public static Model of(String endpointUrl, Dataset dataset) {
        Model model = ModelFactory.createDefaultModel().setNsPrefixes(KgPrefixes.mapping())
                .setNsPrefix("sd", SD.NS).setNsPrefix("formats", SD.FORMATS);
        Resource service = model.createResource(endpointUrl)
                .addProperty(RDF.type, SD.Service)
                .addProperty(SD.endpoint, model.createResource(endpointUrl))
                .addProperty(SD.supportedLanguage, SD.SPARQL11Query)
                .addProperty(SD.feature, SD.UnionDefaultGraph);
        RESULT_FORMATS.forEach(f -> service.addProperty(SD.resultFormat, SD.format(f)));
        Resource served = model.createResource(KgDataset.DATASET)
                .addProperty(RDF.type, SD.Dataset)
                .addProperty(SD.defaultGraph, model.createResource().addProperty(RDF.type, SD.Graph));
        service.addProperty(SD.defaultDataset, served);
        List<String> names = Txn.calculateRead(dataset, () -> {
            List<String> all = new java.util.ArrayList<>();
            dataset.listNames().forEachRemaining(all::add);
            return all.stream().sorted().toList();
        });
        for (String name : names)
            served.addProperty(SD.namedGraph, model.createResource().addProperty(RDF.type, SD.NamedGraph)
                    .addProperty(SD.name, model.createResource(name))
                    .addProperty(SD.graph, model.createResource().addProperty(RDF.type, SD.Graph)));
        return model;
    }
}
