package org.w3id.cstokg.facts;

import java.util.ArrayList;
import java.util.List;

/** An {@link ErrorHandler} that keeps every problem, in the order reported, optionally passing each on. Thread-safe. */
public final class ErrorRecorder implements ErrorHandler {
    private final List<FactError> errors = new ArrayList<>();
    private final ErrorHandler next;

    public ErrorRecorder() { this(null); }

    /** Records each problem, then hands it to {@code next} (may be null). */
    public ErrorRecorder(ErrorHandler next) { this.next = next; }

    @Override
    public synchronized void error(Location location, String message) {
        errors.add(new FactError(location, message));
        if (next != null) next.error(location, message);
    }

    public synchronized List<FactError> errors() { return List.copyOf(errors); }

    public synchronized boolean hasErrors() { return !errors.isEmpty(); }
}
