package org.w3id.cstokg.audit;

/** The audit cannot start: its graph does not say which article it holds, or of which year. */
public class AuditInputException extends RuntimeException {

    public AuditInputException(String message) {
        super(message);
    }
}
