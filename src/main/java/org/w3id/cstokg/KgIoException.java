package org.w3id.cstokg;

import java.io.IOException;

/** A file could not be read or written. */
public class KgIoException extends KgException {
    public KgIoException(String message, IOException cause) { super(message + ": " + cause.getMessage(), cause); }
}
