package org.w3id.cstokg.facts;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads fact files one at a time and checks the references between them, without keeping the
 * files: what it keeps is one definition per identifier and the references to identifiers not
 * yet defined. The caller may keep or drop each file's facts.
 * <pre>{@code
 * FactScan scan = new FactScan(errors);
 * for (Path file : FactReader.list(dir, errors)) scan.read(file).ifPresent(index::add);
 * scan.finish();   // the references to later files, and the uncited outlets
 * }</pre>
 */
public final class FactScan {
    private final ErrorHandler errors;
    private final ReferenceChecker references;

    public FactScan(ErrorHandler errors) {
        this.errors = errors;
        this.references = new ReferenceChecker(errors);
    }

    /** Reads one file and checks what it can of its references; its facts unless the file could not be read. */
    public Optional<FactFile> read(Path file) {
        Reading reading = new Reading(file.toString(), errors);
        Optional<FactFile> facts = FactReader.readFile(file, reading);
        references.add(facts, reading);
        return facts;
    }

    /** Checks what needs every file: references to identifiers defined after them, uncited outlets. */
    public void finish() {
        references.finish();
    }
}
