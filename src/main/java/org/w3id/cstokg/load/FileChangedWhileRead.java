package org.w3id.cstokg.load;

import org.w3id.cstokg.KgException;

/** A fact file changed between the two passes of a build over it: reading it again is the remedy. */
public final class FileChangedWhileRead extends KgException {
    FileChangedWhileRead(String message) { super(message); }
}
