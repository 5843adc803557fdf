package org.w3id.cstokg.export;

/** An export that cannot be made, such as a dataset with nothing to export or an unwritable file. */
public class ExportException extends RuntimeException {
    public ExportException(String message) { super(message); }

    public ExportException(String message, Throwable cause) { super(message, cause); }
}
