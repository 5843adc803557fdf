package org.w3id.cstokg.store;

import org.w3id.cstokg.KgException;

/** A store could not be built, switched or opened; the message says which directory and why. */
public class StoreException extends KgException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
