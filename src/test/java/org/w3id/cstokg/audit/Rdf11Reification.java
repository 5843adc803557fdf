package org.w3id.cstokg.audit;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;

/** Rewrites RDF 1.2 reifiers ({@code rdf:reifies <<( s p o )>>}) as RDF 1.1 {@code rdf:Statement} nodes, as the evidence spec writes them. */
final class Rdf11Reification {

    private Rdf11Reification() {}

    static Dataset of(Dataset in) {
        Dataset out = DatasetFactory.create();
        in.listModelNames().forEachRemaining(name -> out.addNamedModel(name, rewrite(in.getNamedModel(name))));
        out.setDefaultModel(rewrite(in.getDefaultModel()));
        return out;
    }

    private static Model rewrite(Model model) {
        Model out = ModelFactory.createDefaultModel().add(model);
        for (Statement st : model.listStatements(null, RDF.reifies, (org.apache.jena.rdf.model.RDFNode) null).toList()) {
            Node term = st.getObject().asNode();
            Triple t = term.getTriple();
            Resource reifier = st.getSubject();
            out.remove(st);
            reifier.inModel(out).addProperty(RDF.type, RDF.Statement)
                    .addProperty(RDF.subject, out.wrapAsResource(t.getSubject()))
                    .addProperty(RDF.predicate, out.wrapAsResource(t.getPredicate()))
                    .addProperty(RDF.object, out.asRDFNode(t.getObject()));
        }
        return out;
    }
}
