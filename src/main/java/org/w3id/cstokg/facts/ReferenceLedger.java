package org.w3id.cstokg.facts;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checks across fact files ({@link ReferenceChecker}) for a set of files that passes them,
 * kept file by file, so that files can be replaced by their new versions without reading the
 * others again: it says whether the files, with the replacement, still pass. It does not say what
 * is wrong when they do not; then the caller checks every file again ({@link FactScan}), for the
 * errors in full and in their order.
 * <p>Each check is about one identifier (defined once; every reference to it finds a definition
 * of the kind it needs; an outlet given without a citation is some document's outlet) or one
 * entity and external dataset (at most one link); so when the files passed before, only what the
 * replaced files defined, referred to or linked can fail now, and only that is looked at.
 */
public final class ReferenceLedger {
    private final Map<String, Definition> defined = new HashMap<>();
    private final Map<String, Map<Target, Integer>> referenced = new HashMap<>();
    private final Map<String, Integer> documentOutlets = new HashMap<>();
    private final Map<String, Integer> uncitedOutlets = new HashMap<>();
    private final Map<String, Integer> links = new HashMap<>();

    private ReferenceLedger() {}

    /** The ledger of files that pass the checks across files, or empty if they do not. */
    public static Optional<ReferenceLedger> of(Collection<FactScan.Parsed> files) {
        ReferenceLedger ledger = new ReferenceLedger();
        return ledger.replace(Set.of(), files) ? Optional.of(ledger) : Optional.empty();
    }

    /**
     * Replaces the files read as {@code before} (of files that passed) by the files read as
     * {@code after}, and says whether all files pass now. When they do not, this ledger is no longer
     * of any use.
     */
    public boolean replace(Collection<FactScan.Parsed> before, Collection<FactScan.Parsed> after) {
        Set<String> ids = new HashSet<>();
        Set<String> outlets = new HashSet<>();
        for (FactScan.Parsed parsed : before) {
            FileTerms terms = parsed.terms();
            for (Definition d : terms.definitions()) {
                defined.remove(d.id());
                ids.add(d.id());
            }
            for (Reading.Reference r : terms.references()) {
                referenced.computeIfPresent(r.ref().id(), (id, targets) -> {
                    targets.computeIfPresent(r.target(), (t, n) -> n == 1 ? null : n - 1);
                    return targets.isEmpty() ? null : targets;
                });
            }
            terms.documentOutlet().ifPresent(o -> outlets.add(decrement(documentOutlets, o)));
            terms.uncitedOutlets().forEach(f -> outlets.add(decrement(uncitedOutlets, f.id())));
            terms.links().forEach(l -> decrement(links, l.key()));
        }
        boolean pass = true;
        for (FactScan.Parsed parsed : after) {
            FileTerms terms = parsed.terms();
            pass &= parsed.facts.isPresent() && terms.brokenIds().isEmpty();
            for (Definition d : terms.definitions()) {
                pass &= defined.putIfAbsent(d.id(), d) == null;
                ids.add(d.id());
            }
            for (Reading.Reference r : terms.references()) {
                referenced.computeIfAbsent(r.ref().id(), id -> new HashMap<>()).merge(r.target(), 1, Integer::sum);
                ids.add(r.ref().id());
            }
            terms.documentOutlet().ifPresent(o -> outlets.add(increment(documentOutlets, o)));
            terms.uncitedOutlets().forEach(f -> outlets.add(increment(uncitedOutlets, f.id())));
            for (FileTerms.LinkKey l : terms.links()) {
                increment(links, l.key());
                pass &= links.get(l.key()) == 1;
            }
        }
        for (String id : ids) {
            Definition d = defined.get(id);
            for (Target target : referenced.getOrDefault(id, Map.of()).keySet()) {
                pass &= d != null && d.satisfies().contains(target);
            }
        }
        for (String outlet : outlets) {
            pass &= !uncitedOutlets.containsKey(outlet) || documentOutlets.containsKey(outlet);
        }
        return pass;
    }

    private static String increment(Map<String, Integer> counts, String key) {
        counts.merge(key, 1, Integer::sum);
        return key;
    }

    private static String decrement(Map<String, Integer> counts, String key) {
        counts.computeIfPresent(key, (k, n) -> n == 1 ? null : n - 1);
        return key;
    }
}
