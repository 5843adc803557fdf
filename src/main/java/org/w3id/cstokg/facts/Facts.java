package org.w3id.cstokg.facts;

import java.util.List;

/** All fact files read in one run, references between them checked. */
public record Facts(List<FactFile> files) {}
