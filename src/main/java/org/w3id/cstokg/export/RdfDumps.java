package org.w3id.cstokg.export;

import java.io.OutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The RDF dumps. N-Quads, TriG and JSON-LD carry the whole dataset, every named graph kept apart;
 * Turtle, N-Triples and RDF/XML carry the union graph (default graph plus every named graph),
 * because they hold one graph only.
 */
public final class RdfDumps {
    private RdfDumps() {}

    /** Writes the dataset in an RDF format; a property-graph format is an error. */
    public static void write(Dataset dataset, Format format, OutputStream out) {
        DatasetGraph dsg = withPrefixes(dataset.asDatasetGraph());
        switch (format) {
            case NQ -> RDFDataMgr.write(out, dsg, RDFFormat.NQUADS);
            case TRIG -> RDFDataMgr.write(out, dsg, RDFFormat.TRIG_BLOCKS);
            case TTL -> RDFDataMgr.write(out, union(dsg), RDFFormat.TURTLE_BLOCKS);
            case NT -> RDFDataMgr.write(out, union(dsg), RDFFormat.NTRIPLES);
            case RDFXML -> RDFDataMgr.write(out, union(dsg), RDFFormat.RDFXML_PLAIN);
            case JSONLD -> CompactJsonLd.write(dsg, out);
            default -> throw new IllegalArgumentException(format + " is not an RDF format");
        }
    }

    /** The union of the default graph and every named graph, with the standard prefixes. */
    public static Graph union(DatasetGraph dsg) {
        Graph g = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(g, dsg.getDefaultGraph());
        GraphUtil.addInto(g, dsg.getUnionGraph());
        g.getPrefixMapping().setNsPrefixes(RdfPrefixes.standard());
        dsg.prefixes().forEach(g.getPrefixMapping()::setNsPrefix);
        return g;
    }

    private static DatasetGraph withPrefixes(DatasetGraph dsg) {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        dsg.find().forEachRemaining(copy::add);
        RdfPrefixes.standard().forEach(copy.prefixes()::add);
        dsg.prefixes().forEach(copy.prefixes()::add);
        return copy;
    }
}
