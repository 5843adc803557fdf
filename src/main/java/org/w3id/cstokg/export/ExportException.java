package org.w3id.cstokg.export;

import org.w3id.cstokg.KgException;

/** An export that cannot be made, such as a dataset with nothing to export or an unwritable file. */
public class ExportException extends KgException {
    public ExportException(String message) { super(message); }

    public ExportException(String message, Throwable cause) { super(message, cause); }
}
