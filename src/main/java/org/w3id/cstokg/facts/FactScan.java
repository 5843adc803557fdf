package org.w3id.cstokg.facts;

import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads fact files one at a time and checks the references between them, without keeping the
 * files: what it keeps is one definition per identifier and the references to identifiers not
 * yet defined. The caller may keep or drop each file's facts.
 * <pre>{@code
 * FactScan scan = new FactScan(format, errors);
 * for (Path file : FactReader.list(dir, errors)) scan.read(file).ifPresent(index::add);
 * scan.finish();   // the references to later files, and the uncited outlets
 * }</pre>
 */
public final class FactScan {
    private final FactFormat format;
    private final ErrorHandler errors;
    private final ReferenceChecker references;

    public FactScan(FactFormat format, ErrorHandler errors) {
        this.format = format;
        this.errors = errors;
        this.references = new ReferenceChecker(errors);
    }

    /** Reads one file and checks what it can of its references; its facts unless the file could not be read. */
    public Optional<FactFile> read(Path file) {
        return accept(parse(file));
    }

    /** One file read but not yet checked against the others: what {@link #parse} hands to {@link #accept}. */
    public static final class Parsed {
        final Optional<FactFile> facts;
        private final Reading reading;

        private Parsed(Optional<FactFile> facts, Reading reading) {
            this.facts = facts;
            this.reading = reading;
        }

        /** The file's facts, unless it could not be read. */
        public Optional<FactFile> facts() { return facts; }

        /** The identifiers the file refers to, its own or other files' (one per reference). */
        public Stream<String> referencedIds() { return reading.references.stream().map(r -> r.ref().id()); }

        /** What the file brings to the checks across files. */
        FileTerms terms() { return FileTerms.of(facts, reading); }
    }

    /**
     * Reads one file, reporting its own errors; safe to call from several threads at once (with a
     * thread-safe error handler). The results go to {@link #accept} one at a time, in file order.
     */
    public Parsed parse(Path file) {
        Reading reading = new Reading(file.toString(), format, errors);
        return new Parsed(FactReader.readFile(file, reading), reading);
    }

    /** Checks a parsed file's identifiers and references against the files accepted before it. */
    public Optional<FactFile> accept(Parsed parsed) {
        references.add(parsed.facts, parsed.reading);
        return parsed.facts;
    }

    /** Checks what needs every file: references to identifiers defined after them, uncited outlets. */
    public void finish() {
        references.finish();
    }
}
