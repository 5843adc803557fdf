package org.w3id.cstokg.export;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Node positions of the whole graph, the same for /explore (computed once on the server, so the
 * browser draws at once instead of running a force layout of its own) and for the exports (so
 * Gephi or Cytoscape open a file laid out as /explore shows it, through {@link Drawing}):
 * Fruchterman–Reingold from a seeded start, plus a pull towards the centre (stronger vertically, to fill a wide screen) that keeps leaves and small
 * components near the rest instead of on a border, as jgrapht's bounded FR left them. Nodes
 * without edges, which repulsion alone would push far out, are set in rows under the rest.
 * O(n²) per step: a few hundred milliseconds for the ~160 nodes here. Above {@value #FORCE_LIMIT}
 * nodes (a corpus of many articles) the steps are skipped and nodes keep their seeded spread,
 * which costs O(n): such a graph is read through {@code ?focus=} neighbourhoods, not whole.
 */
public final class GraphLayout {
    /** The ideal distance between linked nodes, in Cytoscape model units. */
    static final double SPACING = 90;
    private static final int STEPS = 600;
    /** The most nodes the force steps run for. */
    static final int FORCE_LIMIT = 2000;
    private static final double GRAVITY_X = 0.012;
    private static final double GRAVITY_Y = 0.03;
    private static final long SEED = 20220106L;

    private GraphLayout() {}

    /** Position {@code {x, y}} of each node id. */
    public static Map<String, double[]> of(PropertyGraph pg) {
        List<PropertyGraph.Node> nodes = pg.nodes();
        int n = nodes.size();
        Map<String, Integer> index = new LinkedHashMap<>();
        nodes.forEach(node -> index.put(node.id(), index.size()));
        Set<List<Integer>> links = new LinkedHashSet<>();
        for (PropertyGraph.Edge e : pg.edges()) {
            int a = index.get(e.source()), b = index.get(e.target());
            if (a != b) links.add(List.of(Math.min(a, b), Math.max(a, b)));
        }
        double[] x = new double[n], y = new double[n];
        Random random = new Random(SEED);
        double spread = SPACING * Math.sqrt(n);
        for (int i = 0; i < n; i++) {
            x[i] = (random.nextDouble() - 0.5) * spread;
            y[i] = (random.nextDouble() - 0.5) * spread;
        }
        double[] mass = new double[n];
        links.forEach(link -> link.forEach(i -> mass[i]++));
        for (int i = 0; i < n; i++) mass[i] = Math.sqrt(mass[i] + 1);
        int steps = n <= FORCE_LIMIT ? STEPS : 0;
        for (int step = 0; step < steps; step++) {
            step(x, y, mass, links, spread / 10 * (1 - (double) step / STEPS) + 1);
        }
        Set<Integer> linked = new LinkedHashSet<>();
        links.forEach(linked::addAll);
        double bottom = 0, left = 0, right = 0;
        for (int i : linked) {
            bottom = Math.max(bottom, y[i]);
            left = Math.min(left, x[i]);
            right = Math.max(right, x[i]);
        }
        Map<String, double[]> positions = new LinkedHashMap<>();
        int perRow = Math.max(1, (int) ((right - left) / (2 * SPACING)));
        int alone = 0;
        for (Map.Entry<String, Integer> node : index.entrySet()) {
            int i = node.getValue();
            if (!linked.contains(i)) {
                x[i] = left + 2 * SPACING * (alone % perRow);
                y[i] = bottom + 1.5 * SPACING * (1 + alone / perRow);
                alone++;
            }
            positions.put(node.getKey(), new double[] {x[i], y[i]});
        }
        return positions;
    }

    /** One move; {@code mass} (the square root of degree + 1) makes hubs push harder, spreading their leaves. */
    private static void step(double[] x, double[] y, double[] mass, Set<List<Integer>> links, double temperature) {
        int n = x.length;
        double k2 = SPACING * SPACING;
        double[] dx = new double[n], dy = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double ex = x[i] - x[j], ey = y[i] - y[j];
                double d2 = Math.max(ex * ex + ey * ey, 0.01);
                double f = k2 * mass[i] * mass[j] / d2 / 2;
                dx[i] += ex * f; dy[i] += ey * f;
                dx[j] -= ex * f; dy[j] -= ey * f;
            }
        }
        for (List<Integer> link : links) {
            int a = link.get(0), b = link.get(1);
            double ex = x[a] - x[b], ey = y[a] - y[b];
            double d = Math.sqrt(ex * ex + ey * ey) / SPACING;
            dx[a] -= ex * d; dy[a] -= ey * d;
            dx[b] += ex * d; dy[b] += ey * d;
        }
        for (int i = 0; i < n; i++) {
            dx[i] -= x[i] * GRAVITY_X * SPACING / 10;
            dy[i] -= y[i] * GRAVITY_Y * SPACING / 10;
            double length = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
            if (length > 0) {
                double moved = Math.min(length, temperature);
                x[i] += dx[i] / length * moved;
                y[i] += dy[i] / length * moved;
            }
        }
    }
}
