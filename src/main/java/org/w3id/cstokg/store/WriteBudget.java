package org.w3id.cstokg.store;

import java.time.Duration;
import java.util.Optional;
import org.apache.jena.update.UpdateException;

/**
 * What one write request may cost: the most triples it may add and a deadline. The server opens a
 * budget on the request's thread ({@link #open}); the store charges every triple added through
 * the served dataset to it ({@link #charge}), and over the cap or past the deadline the add fails
 * with Jena's {@link UpdateException}, so that Fuseki aborts the transaction and the store stays
 * as it was. Without an open budget, adds are free (the build, tests). Usage:
 * {@code try (WriteBudget budget = WriteBudget.open(100_000, Duration.ofSeconds(10))) { ... }}
 */
public final class WriteBudget implements AutoCloseable {
    /** Why a write was stopped. */
    public enum Breach { TRIPLES, TIME }

    private static final ThreadLocal<WriteBudget> CURRENT = new ThreadLocal<>();

    private final long maxTriples;
    private final long deadline;
    private final Duration limit;
    private long added;
    private Breach breach;

    private WriteBudget(long maxTriples, Duration limit) {
        this.maxTriples = maxTriples;
        this.limit = limit;
        this.deadline = System.nanoTime() + limit.toNanos();
    }

    /** Opens a budget for the writes of this thread until {@link #close}. */
    public static WriteBudget open(long maxTriples, Duration limit) {
        if (maxTriples < 1 || limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("a write budget needs a positive cap and time limit");
        }
        WriteBudget budget = new WriteBudget(maxTriples, limit);
        CURRENT.set(budget);
        return budget;
    }

    /** Charges one added triple to this thread's budget, if it has one. */
    static void charge() {
        WriteBudget budget = CURRENT.get();
        if (budget != null) budget.chargeOne();
    }

    private void chargeOne() {
        if (++added > maxTriples) {
            breach = Breach.TRIPLES;
            throw new UpdateException("The update adds more than " + maxTriples + " triples; nothing was changed");
        }
        if (expired()) {
            breach = Breach.TIME;
            throw new UpdateException("The update ran longer than " + limit.toSeconds() + " s; nothing was changed");
        }
    }

    /** Whether the deadline has passed. */
    public boolean expired() {
        return System.nanoTime() - deadline > 0;
    }

    /** The breach that stopped a write, if one did. */
    public Optional<Breach> breach() {
        return Optional.ofNullable(breach);
    }

    /** The most triples a request may add. */
    public long maxTriples() {
        return maxTriples;
    }

    /** The time limit. */
    public Duration limit() {
        return limit;
    }

    @Override
    public void close() {
        CURRENT.remove();
    }
}
