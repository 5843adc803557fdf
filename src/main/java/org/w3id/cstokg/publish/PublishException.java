package org.w3id.cstokg.publish;

import org.w3id.cstokg.KgException;

/** Publishing failed: the endpoint refused or could not be reached, or the input could not be read. The message says which. */
public class PublishException extends KgException {
    public PublishException(String message) {
        super(message);
    }

    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
