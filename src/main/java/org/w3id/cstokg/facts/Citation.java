package org.w3id.cstokg.facts;

import java.util.List;

/** One {@code cite} entry: where in the article a fact is stated, and which outlets the article cites there. */
public record Citation(CitedPart part, List<OutletCitation> outlets, Location at) {}
