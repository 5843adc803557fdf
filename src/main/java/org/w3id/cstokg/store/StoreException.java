package org.w3id.cstokg.store;

/** A store could not be built, switched or opened; the message says which directory and why. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
