package org.w3id.cstokg.store;

import java.util.List;

/**
 * The named steps of a build, in order, where a crash test stops it: with the system property
 * {@value #HALT_AT} naming a step, the JVM halts there as if killed (no shutdown hooks, no
 * clean-up); with {@value #PAUSE_AT}, it says so on stderr and waits there to be signalled.
 * Without either property a step costs one property read. Usage: {@code BuildStep.reached("switched")}.
 */
public final class BuildStep {
    /** The system property naming the step at which the JVM halts. */
    public static final String HALT_AT = "kg.crash.haltAt";
    /** The system property naming the step at which the build waits (for a SIGTERM test). */
    public static final String PAUSE_AT = "kg.crash.pauseAt";
    /** The exit status of a halt at a step, as a SIGKILL would give (128 + 9). */
    public static final int HALT_STATUS = 137;
    /** The steps only an incremental build reaches (it copies the current store instead of bulk-loading; after "started"). */
    public static final List<String> INCREMENTAL = List.of("copied");
    /** Every step of a full build, in the order it reaches them (an incremental one skips the loading steps). */
    public static final List<String> ALL = List.of(
            "started", "first-chunk-loaded", "dumps-streamed", "bulk-loaded", "described", "store-closed",
            "stamped", "renamed", "linked", "switched", "cleaned");

    private BuildStep() {}

    /** Marks that the build reached {@code step}; halts or pauses there if asked to. */
    public static void reached(String step) {
        if (!ALL.contains(step) && !INCREMENTAL.contains(step)) throw new IllegalArgumentException("no build step " + step);
        if (step.equals(System.getProperty(HALT_AT))) {
            Runtime.getRuntime().halt(HALT_STATUS);
        }
        if (step.equals(System.getProperty(PAUSE_AT))) {
            System.err.println("paused at " + step);
            System.err.flush();
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
