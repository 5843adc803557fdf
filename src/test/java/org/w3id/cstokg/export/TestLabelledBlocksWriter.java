package org.w3id.cstokg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.out.NodeFormatterTTL;
import org.apache.jena.riot.out.NodeToLabel;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.writer.WriterStreamRDFBlocks;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

/**
 * The dumps' Turtle writer, with its remembered names and whole-string writes, writes what Jena's
 * blocks writer with the same prefixes and blank node labels writes, character for character:
 * long subjects that break the line, literals over several lines, language tags, numbers, blank
 * nodes, a name written a second time from memory.
 */
class TestLabelledBlocksWriter {
    private static final String EX = "https://example.org/";

    private static final class JenasOwn extends WriterStreamRDFBlocks {
        JenasOwn(ByteArrayOutputStream out, PrefixMap prefixes) {
            super(out, new Context());
            pMap.putAll(prefixes);
            fmt = new NodeFormatterTTL(null, pMap, NodeToLabel.createBNodeByLabelEncoded());
        }
    }

    private static String write(StreamRDF writer, ByteArrayOutputStream out, Graph graph) {
        writer.start();
        graph.find().forEachRemaining(writer::triple);
        writer.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesWhatJenasBlocksWriterWrites() {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(graph, new StringReader("""
                @prefix ex: <https://example.org/> .
                ex:a ex:p "one" , "deux"@fr , 3 , 4.5 , true ; a ex:Thing ; ex:q ex:b , [ ex:r "inner" ] .
                <https://example.org/a/subject/whose/name/is/much/longer/than/any/column/the/writer/keeps/for/it>
                    ex:p "a line\\nand another" ; ex:longerPredicateThanTheOthers ex:a .
                ex:b ex:p \"\"\"three
                lines
                here\"\"\" ; ex:q ex:a ; ex:p "tab\\there" .
                _:x ex:p _:y . _:y ex:q ex:a .
                """), null, Lang.TURTLE);
        PrefixMap prefixes = PrefixMapFactory.create();
        prefixes.add("ex", EX);
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        ByteArrayOutputStream jenas = new ByteArrayOutputStream();
        RememberingTurtleFormatter remembering = RememberingTurtleFormatter.of(prefixes);
        String first = write(new LabelledBlocksWriter(ours, remembering), ours, graph);
        assertThat(first).isEqualTo(write(new JenasOwn(jenas, prefixes), jenas, graph)).contains("ex:a", "\"deux\"@fr", "_:B");
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        assertThat(write(new LabelledBlocksWriter(again, remembering), again, graph)).isEqualTo(first);
    }

    private static String lines(IndentedWriter w, ByteArrayOutputStream out, Consumer<IndentedWriter> script) {
        script.accept(w);
        w.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theWholeStringWriterIndentsAndBreaksLinesAsJenasDoes() {
        Consumer<IndentedWriter> script = w -> {
            w.print("subject");
            w.incIndent(4);
            w.print(" two\nlines then");
            w.print(" more");
            w.println();
            w.print("indented");
            w.incIndent(20);
            w.print("padded first");
            w.print(" carriage\rreturn");
            w.print(" ends in\r");
            w.pad();
            w.print("then");
            w.print("\n");
            w.decIndent(20);
            w.println(" ;");
            w.print("");
            w.decIndent(4);
            w.println();
            w.setLineNumbers(true);
            w.print("numbered");
            w.println();
            w.print("flush left");
        };
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        ByteArrayOutputStream jenas = new ByteArrayOutputStream();
        assertThat(lines(new WholeStringIndentedWriter(ours), ours, script))
                .isEqualTo(lines(new IndentedWriter(jenas), jenas, script))
                .contains("\n    indented", "\n    lines then");
    }
}
