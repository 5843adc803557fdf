import java.util.*;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;

/**
 * The VoID count's scan of a TDB2 store (the subject-predicate-object-graph loop of
 * DatasetStatistics.ofNodeIds, copied: that class is package-private) timed with and without reading
 * each distinct subject from the node table, or with the reads done after the scan ("separate"). Run
 * on a copy of a store (it opens it for reads): java -cp target/csto-kg.jar bench/VoidScan.java
 * STORE/tdb2 decode|nodecode|separate PASSES. See docs/benchmarks.md, "Entities counted while streaming".
 */
public class VoidScan {
    static final String NS = "https://w3id.org/csto-kg/id/";
    public static void main(String[] a) {
        String mode = a[1]; int passes = Integer.parseInt(a[2]);
        DatasetGraph dsg = TDB2Factory.connectDataset(a[0]).asDatasetGraph();
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        Txn.executeRead(dsg, () -> {
            for (int i = 0; i < passes; i++) {
                long t0 = System.nanoTime();
                long[] r = scan(tdb, mode);
                long t1 = System.nanoTime();
                System.out.printf("%s pass %d: %.2f s triples=%d distinctSubjects=%d entities=%d%n", mode, i + 1, (t1 - t0) / 1e9, r[0], r[1], r[2]);
            }
        });
    }
    static long[] scan(DatasetGraphTDB tdb, String mode) {
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        NodeId any = NodeId.NodeIdAny;
        long triples = 0, subjects = 0, entities = 0;
        Map<NodeId, Long> properties = new HashMap<>();
        Map<NodeId, Long> gt = new HashMap<>(), gs = new HashMap<>();
        Map<NodeId, Set<NodeId>> gp = new HashMap<>();
        Set<NodeId> graphsOfSubject = new HashSet<>();
        NodeId subject = null;
        List<NodeId> subjectIds = mode.equals("separate") ? new ArrayList<>() : null;
        NodeId s0 = null, p0 = null, o0 = null;
        for (Iterator<Tuple<NodeId>> it = quads.find(TupleFactory.tuple(any, any, any, any)); it.hasNext(); ) {
            Tuple<NodeId> q = it.next();
            NodeId g = q.get(0), s = q.get(1), p = q.get(2), o = q.get(3);
            if (!s.equals(subject)) { graphsOfSubject.clear(); subject = s; }
            gt.merge(g, 1L, Long::sum);
            if (graphsOfSubject.add(g)) gs.merge(g, 1L, Long::sum);
            gp.computeIfAbsent(g, k -> new HashSet<>()).add(p);
            if (s.equals(s0) && p.equals(p0) && o.equals(o0)) continue;
            triples++;
            properties.merge(p, 1L, Long::sum);
            if (!s.equals(s0)) {
                subjects++;
                if (mode.equals("decode")) {
                    Node n = nodes.getNodeForNodeId(s);
                    if (n.isURI() && n.getURI().startsWith(NS)) entities++;
                } else if (subjectIds != null) subjectIds.add(s);
            }
            s0 = s; p0 = p; o0 = o;
        }
        if (subjectIds != null) {
            long t0 = System.nanoTime();
            for (NodeId s : subjectIds) { Node n = nodes.getNodeForNodeId(s); if (n.isURI() && n.getURI().startsWith(NS)) entities++; }
            System.out.printf("  decode of %d subjects alone: %.2f s%n", subjectIds.size(), (System.nanoTime() - t0) / 1e9);
        }
        return new long[]{triples, subjects, entities};
    }
}
