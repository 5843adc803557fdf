package org.w3id.cstokg.audit;

/** Evidence whose words were found at exactly one place of the part it cites. */
public record PlacedEvidence(Evidence evidence, Span span) {}
