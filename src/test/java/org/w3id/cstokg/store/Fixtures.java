package org.w3id.cstokg.store;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cstokg.vocab.Graphs;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;
import org.w3id.cstokg.vocab.TEXT;

/** Builds stores from the small TriG fixture, standing in for the real loader. */
public final class Fixtures {
    /** The fixture: ontology, one document graph, shapes. */
    public static final String TRIG = "server/fixture.trig";
    public static final BuildStamp STAMP = new BuildStamp("fixture");

    /** The SPARQL prefixes the tests use, from the vocabulary classes. */
    public static final String PREFIXES = String.join("\n",
            "PREFIX kg: <" + KG.NS + ">",
            "PREFIX id: <" + Ids.NS + ">",
            "PREFIX g: <" + Graphs.NS + ">",
            "PREFIX text: <" + TEXT.NS + ">",
            "PREFIX rdfs: <" + RDFS.getURI() + ">",
            "");

    private Fixtures() {}

    /** The fixture as the loader would hand it over: an in-memory dataset of named graphs. */
    public static Dataset dataset() {
        Dataset ds = DatasetFactory.createTxnMem();
        RDFDataMgr.read(ds, TRIG);
        return ds;
    }

    /** Builds a store of the fixture under {@code root} and returns its folder. */
    public static Path buildStore(Path root) {
        return new StoreBuilder(root).build(dataset(), STAMP);
    }
}
