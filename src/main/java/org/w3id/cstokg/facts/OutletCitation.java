package org.w3id.cstokg.facts;

import java.time.LocalDate;
import java.util.Optional;

/** An outlet the article cites for a fact, with the outlet's date or the date the article accessed it. */
public record OutletCitation(Ref outlet, Optional<LocalDate> date, Optional<LocalDate> accessed) {}
