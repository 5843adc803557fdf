package org.w3id.cstokg.facts;

/** A reference to a fact by its identifier, with where the reference was written. */
public record Ref(String id, Location at) {}
