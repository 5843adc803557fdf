package org.w3id.cstokg.export;

import java.io.OutputStream;
import org.apache.jena.riot.writer.WriterStreamRDFBlocks;
import org.apache.jena.sparql.util.Context;

/**
 * Jena's streaming TriG/Turtle writer (blocks of one subject) for one segment of a dump: it
 * abbreviates with prefixes that the dump's header declared, without declaring them again, and
 * writes a blank node with the label the store gives it (Jena's round-trip labels, {@code _:B...})
 * instead of a counter of the writer's own, so that segments written by different writers, in
 * different builds, agree on every blank node, as N-Triples and N-Quads output already does.
 */
final class LabelledBlocksWriter extends WriterStreamRDFBlocks {
    /**
     * A writer of one segment, formatting nodes with {@code formatter}, which the segments of one
     * dump share, and abbreviating with its prefixes.
     */
    LabelledBlocksWriter(OutputStream out, RememberingTurtleFormatter formatter) {
        super(new WholeStringIndentedWriter(out), new Context());
        pMap.putAll(formatter.prefixes());
        fmt = formatter;
    }
}
