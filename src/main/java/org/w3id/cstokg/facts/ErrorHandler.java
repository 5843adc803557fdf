package org.w3id.cstokg.facts;

/**
 * Receives the problems a reader finds, so that finding them is separate from deciding what to
 * do about them. Readers call it and carry on, so one run reports every problem.
 */
public interface ErrorHandler {
    /** Reports one problem at a place in a source file. */
    void error(Location location, String message);
}
