package org.w3id.cstokg.publish;

import java.util.List;

/** The outcome of a publish: one count per graph sent. A value; the caller decides what a mismatch means. */
public record PublishReport(List<GraphCount> graphs) {
    public PublishReport {
        graphs = List.copyOf(graphs);
    }

    public boolean ok() {
        return graphs.stream().allMatch(GraphCount::matches);
    }

    public List<GraphCount> mismatches() {
        return graphs.stream().filter(c -> !c.matches()).toList();
    }
}
