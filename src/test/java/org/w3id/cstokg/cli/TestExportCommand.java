package org.w3id.cstokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TestExportCommand {
    @TempDir
    Path dir;
    private Path trig;
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void copyFixture() throws Exception {
        trig = dir.resolve("kg.trig");
        try (InputStream in = getClass().getResourceAsStream("/export/fixture.trig")) {
            Files.copy(in, trig);
        }
    }

    private int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void oneFormatToAFile() {
        Path out = dir.resolve("out.trig");
        assertThat(run("export", "--format", "trig", "--graph", trig.toString(), "--output", out.toString())).isZero();
        Dataset back = DatasetFactory.create();
        RDFParser.source(out).lang(Lang.TRIG).parse(back);
        Dataset in = DatasetFactory.create();
        RDFParser.source(trig).lang(Lang.TRIG).parse(in);
        assertThat(IsoMatcher.isomorphic(in.asDatasetGraph(), back.asDatasetGraph())).isTrue();
    }

    @Test
    void allFormatsIntoADirectory() {
        Path out = dir.resolve("export");
        assertThat(run("export", "--format", "all", "--graph", trig.toString(), "--output", out.toString())).isZero();
        assertThat(out.resolve("csto-kg.gexf")).isRegularFile();
        assertThat(out.resolve("SHA256SUMS")).isRegularFile();
    }

    @Test
    void anUnknownFormatIsAUsageErrorListingTheValidOnes() {
        assertThat(run("export", "--format", "dot", "--graph", trig.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kg export: unknown format 'dot'; valid: "
                + "ttl, nt, nq, trig, jsonld, rdfxml, graphml, gexf, cytoscape, events-csv, all" + System.lineSeparator());
    }

    @Test
    void aMissingGraphFileIsAUsageError() {
        assertThat(run("export", "--format", "ttl", "--graph", dir.resolve("none.trig").toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("kg export: no built graph at ");
    }

    @Test
    void aGraphWithNothingToExportFails() throws Exception {
        Path emptyTrig = dir.resolve("empty.trig");
        Files.writeString(emptyTrig, "");
        Path out = dir.resolve("g.graphml");
        assertThat(run("export", "--format", "graphml", "--graph", emptyTrig.toString(), "--output", out.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).startsWith("kg export: nothing to export");
        assertThat(out).doesNotExist();
    }
}
