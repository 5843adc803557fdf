package org.w3id.cstokg;

/** The root of csto-kg's unchecked exceptions: a failure that is not a data error to report. */
public class KgException extends RuntimeException {
    public KgException(String message) { super(message); }

    public KgException(String message, Throwable cause) { super(message, cause); }
}
