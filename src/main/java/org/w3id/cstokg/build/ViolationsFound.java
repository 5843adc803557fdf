package org.w3id.cstokg.build;

import java.util.List;
import org.w3id.cstokg.KgException;
import org.w3id.cstokg.validate.Violation;

/** The build stopped because the graph breaks its shapes or QC queries: every violation, in chunk order. */
public final class ViolationsFound extends KgException {
    private final transient List<Violation> violations;

    ViolationsFound(List<Violation> violations) {
        super(violations.size() + " validation violation(s); nothing was built.");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() { return violations; }
}
