package org.w3id.cstokg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.TextDocProducer;
import org.apache.jena.query.text.TextDocProducerTriples;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.changes.TextQuadAction;

/**
 * The text index's change listener, which sees every quad added through the served dataset:
 * it charges each to the thread's {@link WriteBudget}, then indexes it as Jena's own producer does.
 */
final class ChargingDocProducer implements TextDocProducer {
    private final TextDocProducer indexer;

    ChargingDocProducer(TextIndex index) {
        this.indexer = new TextDocProducerTriples(index);
    }

    @Override
    public void start() {
        indexer.start();
    }

    @Override
    public void change(TextQuadAction action, Node g, Node s, Node p, Node o) {
        if (action == TextQuadAction.ADD) WriteBudget.charge();
        indexer.change(action, g, s, p, o);
    }

    @Override
    public void finish() {
        indexer.finish();
    }

    @Override
    public void reset() {
        indexer.reset();
    }
}
