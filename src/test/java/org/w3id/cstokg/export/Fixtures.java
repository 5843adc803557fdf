package org.w3id.cstokg.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** The export test fixture and the SPARQL queries that predict its property-graph counts. */
final class Fixtures {
    static final int NODES = 14;
    static final int EDGES = 15;

    private Fixtures() {}

    static Dataset dataset() {
        Dataset ds = DatasetFactory.create();
        RDFParser.source(resource("fixture.trig")).lang(Lang.TRIG).parse(ds);
        return ds;
    }

    static String text(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static InputStream resource(String name) {
        InputStream in = Fixtures.class.getResourceAsStream("/export/" + name);
        if (in == null) {
            throw new IllegalStateException("missing test resource /export/" + name);
        }
        return in;
    }

    /** Runs one of the count queries ({@code count-nodes.rq}, {@code count-edges.rq}). */
    static int predicted(Dataset ds, String query) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(text(query)).build()) {
            return qe.execSelect().next().getLiteral("count").getInt();
        }
    }
}
