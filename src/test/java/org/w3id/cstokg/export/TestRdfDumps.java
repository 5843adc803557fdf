package org.w3id.cstokg.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Every RDF dump, read back by Jena's parser, is isomorphic to the dataset (quads) or its union graph (triples). */
class TestRdfDumps {
    private static final Map<Format, Lang> LANGS = Map.of(Format.TTL, Lang.TURTLE, Format.NT, Lang.NTRIPLES,
            Format.NQ, Lang.NQUADS, Format.TRIG, Lang.TRIG, Format.JSONLD, Lang.JSONLD, Format.RDFXML, Lang.RDFXML);

    private final Dataset ds = Fixtures.dataset();

    private static byte[] dump(Dataset ds, Format f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exports.write(ds, f, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"NQ", "TRIG", "JSONLD"})
    void quadDumpsReadBackIsomorphicToTheDataset(Format f) {
        Dataset back = DatasetFactory.create();
        RDFParser.source(new ByteArrayInputStream(dump(ds, f))).lang(LANGS.get(f)).parse(back);
        assertThat(back.asDatasetGraph().listGraphNodes()).toIterable().hasSize(3);
        assertThat(IsoMatcher.isomorphic(ds.asDatasetGraph(), back.asDatasetGraph())).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"TTL", "NT", "RDFXML"})
    void tripleDumpsReadBackIsomorphicToTheUnionGraph(Format f) {
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(dump(ds, f))).lang(LANGS.get(f)).parse(back);
        Graph union = RdfDumps.union(ds.asDatasetGraph());
        assertThat(back.size()).isEqualTo(union.size()).isGreaterThan(100);
        assertThat(back.isIsomorphicWith(union)).isTrue();
    }

    @Test
    void aDumpMissingATripleIsNotIsomorphic() {
        Graph back = GraphFactory.createDefaultGraph();
        String nt = new String(dump(ds, Format.NT), StandardCharsets.UTF_8);
        RDFParser.fromString(nt.substring(nt.indexOf('\n') + 1), Lang.NTRIPLES).parse(back);
        assertThat(back.isIsomorphicWith(RdfDumps.union(ds.asDatasetGraph()))).isFalse();
    }

    @Test
    void jsonLdIsCompactedAgainstThePublishedContextInline() {
        String json = new String(dump(ds, Format.JSONLD), StandardCharsets.UTF_8);
        assertThat(json).contains("\"@context\": {", "\"troopCount\": \"id:russian-contingent/troops\"",
                "\"@type\": \"NationalContingent\"", "\"label\": \"Russia\"");
        assertThat(json).doesNotContain("https://w3id.org/csto-kg/ontology#troopCount\"");
    }

    @Test
    void aPropertyGraphFormatIsNotAnRdfDump() {
        assertThatThrownBy(() -> RdfDumps.write(ds, Format.GEXF, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("GEXF is not an RDF format");
    }
}
