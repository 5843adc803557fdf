package org.w3id.cstokg.audit;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/** Rewrites RDF 1.1 {@code rdf:Statement} nodes as RDF 1.2 reifiers ({@code rdf:reifies <<( s p o )>>}), the other form the audit reads. */
final class Rdf12Reifiers {

    private Rdf12Reifiers() {}

    static Dataset of(Dataset in) {
        Dataset out = DatasetFactory.create();
        in.listModelNames().forEachRemaining(name -> out.addNamedModel(name, rewrite(in.getNamedModel(name))));
        out.setDefaultModel(rewrite(in.getDefaultModel()));
        return out;
    }

    private static Model rewrite(Model model) {
        Model out = ModelFactory.createDefaultModel().add(model);
        for (Resource r : model.listResourcesWithProperty(RDF.type, RDF.Statement).toList()) {
            RDFNode s = r.getPropertyResourceValue(RDF.subject);
            Resource p = r.getPropertyResourceValue(RDF.predicate);
            RDFNode o = r.getProperty(RDF.object).getObject();
            Resource reifier = r.inModel(out);
            out.remove(reifier, RDF.type, RDF.Statement).removeAll(reifier, RDF.subject, null)
                    .removeAll(reifier, RDF.predicate, null).removeAll(reifier, RDF.object, null);
            out.add(reifier, RDF.reifies, out.asRDFNode(NodeFactory.createTripleTerm(
                    Triple.create(s.asNode(), p.asNode(), o.asNode()))));
        }
        return out;
    }
}
