package org.w3id.cstokg.audit;

import org.w3id.cstokg.KgException;

/** The audit cannot start: its graph does not say which article it holds, or of which year. */
public class AuditInputException extends KgException {

    public AuditInputException(String message) {
        super(message);
    }
}
