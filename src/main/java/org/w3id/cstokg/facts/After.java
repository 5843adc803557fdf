package org.w3id.cstokg.facts;

import java.util.Optional;

/** "After event X", optionally with the delay or the longest delay (ISO 8601 durations such as P2D). */
public record After(Ref event, Optional<String> delay, Optional<String> within) {}
