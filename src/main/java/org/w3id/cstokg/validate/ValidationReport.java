package org.w3id.cstokg.validate;

import java.util.List;

/** The outcome of validating the graph: every violation found; none means the graph conforms. */
public record ValidationReport(List<Violation> violations) {
    public ValidationReport {
        violations = List.copyOf(violations);
    }

    public boolean conforms() { return violations.isEmpty(); }
}
