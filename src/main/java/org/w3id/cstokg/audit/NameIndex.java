package org.w3id.cstokg.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cstokg.vocab.KG;

/**
 * The names of a document graph's resources ({@code rdfs:label}, {@code skos:prefLabel},
 * {@code skos:altLabel}; a state's {@code kg:demonym} as a name of the state and of what is its; a
 * {@code kg:referredToAs} as a name of its subject), and where they occur in a text: whole words, case as written, the longest
 * name first ("CSTO Peacekeeping Force" before "CSTO"). The article, its parts and the evidence
 * machinery have no names here, nor an article's author, whose label the loader writes.
 */
public final class NameIndex {

    /** The properties that name a resource. */
    static final List<Property> NAMES = List.of(RDFS.label, SKOS.prefLabel, SKOS.altLabel);
    private static final Set<Resource> UNNAMED = Set.of(KG.Article, KG.Paragraph, KG.Caption, KG.Citation, RDF.Statement);

    private static final String NEGATION = "non-";
    private static final String OTHER = "other";

    private final Map<String, Set<Resource>> byName;
    /** The names that refer to all their bearers together ({@code kg:membersReferredToAs}). */
    private final Set<String> together;
    /** The states' demonyms ({@code kg:demonym}), as they are names here. */
    private final Set<String> demonyms;
    /** What names each member of a group ({@link #namedBy}), to tell which "other" members are meant. */
    private final Map<Resource, Set<Resource>> namers;
    /** What group words name besides their members: a mission, whose troops they are. */
    private final Set<Resource> groupHolders;
    private final List<String> longestFirst;

    private NameIndex(Map<String, Set<Resource>> byName, Set<String> together, Set<String> demonyms,
                      Map<Resource, Set<Resource>> namers, Set<Resource> groupHolders) {
        this.byName = Map.copyOf(byName);
        this.together = Set.copyOf(together);
        this.demonyms = Set.copyOf(demonyms);
        this.namers = Map.copyOf(namers);
        this.groupHolders = Set.copyOf(groupHolders);
        this.longestFirst = byName.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    static NameIndex of(Model doc) {
        Map<String, Set<Resource>> byName = new HashMap<>();
        for (Property property : NAMES) {
            for (Statement s : doc.listStatements(null, property, (String) null).toList()) {
                if (!s.getObject().isLiteral() || UNNAMED.stream().anyMatch(t -> s.getSubject().hasProperty(RDF.type, t))
                        || doc.contains(null, DCTerms.creator, s.getSubject())) {
                    continue;
                }
                String name = NormalisedText.words(s.getString());
                if (name.length() >= 2) byName.computeIfAbsent(name, n -> new HashSet<>()).add(s.getSubject());
            }
        }
        demonyms(doc, byName);
        possessives(doc, byName);
        references(doc, byName);
        Set<String> together = new HashSet<>();
        groups(doc, byName, together);
        Set<String> demonyms = new HashSet<>();
        doc.listStatements(null, KG.demonym, (String) null).forEachRemaining(s -> demonyms.add(NormalisedText.words(s.getString())));
        Map<Resource, Set<Resource>> namers = new HashMap<>();
        together.forEach(words -> byName.get(words).forEach(member -> namers.computeIfAbsent(member, m -> namedBy(doc, m))));
        Set<Resource> groupHolders = new HashSet<>(doc.listSubjectsWithProperty(KG.membersReferredToAs).toList());
        return new NameIndex(byName, together, demonyms, namers, groupHolders);
    }

    /**
     * The words the article refers to all the contingents of a mission, or all the members of an
     * organization, by together ({@code kg:membersReferredToAs}: the mission's "The troops", the
     * CSTO's "member states") name each contingent {@code kg:partOfMission} it, or each member
     * {@code org:memberOf} it, at once, as written and with a capital or small first letter:
     * evidence that holds them accounts for them only when it accounts for every one, so a deleted
     * participant of "The troops fanned out" or recipient of the appeal to "the Collective Security
     * Treaty Organization's member states" is noticed. A mission's words name the mission as well:
     * its troops are the mission's ("swiftly deployed the troops" is about the mission). After "other"
     * ("the other member states' presidents") they name the members the part has not named before
     * them ({@link #others}).
     */
    private static void groups(Model doc, Map<String, Set<Resource>> byName, Set<String> together) {
        for (Statement s : doc.listStatements(null, KG.membersReferredToAs, (String) null).toList()) {
            Set<Resource> members = new HashSet<>(doc.listSubjectsWithProperty(KG.partOfMission, s.getSubject()).toList());
            // a mission's troops are its own: the words name the mission too (an organization's member states are not)
            if (!members.isEmpty()) members.add(s.getSubject());
            members.addAll(doc.listSubjectsWithProperty(ORG.memberOf, s.getSubject()).toList());
            String words = NormalisedText.words(s.getString());
            if (words.length() < 2 || members.isEmpty()) continue;
            for (String form : new LinkedHashSet<>(List.of(words, Character.toUpperCase(words.charAt(0)) + words.substring(1),
                    Character.toLowerCase(words.charAt(0)) + words.substring(1)))) {
                byName.computeIfAbsent(form, n -> new HashSet<>()).addAll(members);
                together.add(form);
            }
        }
    }

    /**
     * A state's demonym ("Russian") refers to the state or to what is its: its contingent, the bodies
     * of which it is the state, its posts and their holders ("the Kazakhstani president"). Each of
     * them bears the demonym, so evidence that writes
     * "Russian troops" accounts for it with a triple about the contingent, and a statement about
     * "Belarusian troops" needs the contingent or the state among its triples.
     */
    private static void demonyms(Model doc, Map<String, Set<Resource>> byName) {
        for (Statement s : doc.listStatements(null, KG.demonym, (String) null).toList()) {
            byName.computeIfAbsent(NormalisedText.words(s.getString()), n -> new HashSet<>()).addAll(own(doc, s.getSubject(), true));
        }
    }

    /**
     * What names a member of a group for "other" ({@link #others}): the member, and for a state (or
     * a contingent, through the state that contributes it) the state, its contingents, its posts and
     * their holders ("Tokayev" names Kazakhstan there, "Russia contributed" names Russia's
     * contingent). Not the bodies and outlets of the state: "(TASS, January 5)" names no state.
     */
    private static Set<Resource> namedBy(Model doc, Resource member) {
        Set<Resource> named = own(doc, member, false);
        doc.listObjectsOfProperty(member, KG.contributedBy).forEachRemaining(o -> { if (o.isResource()) named.addAll(own(doc, o.asResource(), false)); });
        return named;
    }

    /**
     * A state and what is its: its contingents, its posts and their holders, and with {@code bodies}
     * the bodies and outlets of which it is the state.
     */
    private static Set<Resource> own(Model doc, Resource state, boolean bodies) {
        Set<Resource> own = new HashSet<>(Set.of(state));
        if (bodies) doc.listSubjectsWithProperty(KG.ofState, state).forEachRemaining(own::add);
        doc.listSubjectsWithProperty(KG.contributedBy, state).forEachRemaining(own::add);
        for (Resource post : doc.listSubjectsWithProperty(ORG.postIn, state).toList()) {
            own.add(post);
            doc.listSubjectsWithProperty(ORG.holds, post).forEachRemaining(own::add);
        }
        return own;
    }

    /** The nouns after a state's possessive that name its contingent, as after its demonym ({@code NamedAbouts}). */
    static final List<String> CONTINGENT_NOUNS = List.of("contingent", "contingents", "troops", "soldiers");

    /**
     * "Russia's contingent", "Russia's own troops", "Belarus' contingent": the possessive forms of a
     * state's name before a noun that names its contingent.
     */
    static List<String> possessiveForms(String state) {
        List<String> forms = new ArrayList<>();
        List<String> possessives = new ArrayList<>(List.of(state + "'s"));
        if (state.endsWith("s")) possessives.add(state + "'");
        for (String possessive : possessives) {
            for (String noun : CONTINGENT_NOUNS) {
                forms.add(possessive + " " + noun);
                forms.add(possessive + " own " + noun);
            }
        }
        return forms;
    }

    /** Whether {@code name} is one of the {@link #possessiveForms} of a state's name. */
    static boolean possessive(String name) {
        return CONTINGENT_NOUNS.stream().anyMatch(n -> name.endsWith(" " + n)) && (name.contains("'s ") || name.contains("' "));
    }

    /**
     * A state's name with a possessive before "contingent" or "troops" ("Russia's own contingent",
     * "Belarus' troops") names the state's contingent, as its demonym before the word does ("the
     * Russian contingent"): evidence that writes it accounts for it only with a triple about the
     * contingent, so a deleted item of the air bridge's {@code transported} list that the words name is
     * noticed. The state is named there too, for what a statement is about (check 16: {@code NamedAbouts}).
     */
    private static void possessives(Model doc, Map<String, Set<Resource>> byName) {
        for (Statement s : doc.listStatements(null, KG.contributedBy, (RDFNode) null).toList()) {
            if (!s.getObject().isResource()) continue;
            for (Property property : NAMES) {
                for (Statement name : doc.listStatements(s.getResource(), property, (String) null).toList()) {
                    String state = NormalisedText.words(name.getString());
                    if (state.length() < 2) continue;
                    for (String form : possessiveForms(state)) byName.computeIfAbsent(form, n -> new HashSet<>()).add(s.getSubject());
                }
            }
        }
    }

    /**
     * The words the article refers to a resource by ({@code kg:referredToAs}, "this mission") name
     * it for the audit, as written, with a capital first letter (a sentence may open with them) and
     * with a small one ("The procedure" of a sentence's opening is "the procedure" inside one).
     */
    private static void references(Model doc, Map<String, Set<Resource>> byName) {
        for (Statement s : doc.listStatements(null, KG.referredToAs, (String) null).toList()) {
            String words = NormalisedText.words(s.getString());
            if (words.length() < 2) continue;
            for (String form : new LinkedHashSet<>(List.of(words, Character.toUpperCase(words.charAt(0)) + words.substring(1),
                    Character.toLowerCase(words.charAt(0)) + words.substring(1)))) {
                byName.computeIfAbsent(form, n -> new HashSet<>()).add(s.getSubject());
            }
        }
    }

    /** Whether {@code name} is a state's demonym ("Russian"). */
    boolean isDemonym(String name) {
        return demonyms.contains(name);
    }

    /** Every name, with the resources that bear it. */
    Map<String, Set<Resource>> byName() {
        return byName;
    }

    /** The names found inside {@code name}, other than itself (none overlapping another, the longest first). */
    List<Occurrence> inside(String name) {
        NormalisedText normal = NormalisedText.of(name);
        List<Occurrence> found = new ArrayList<>();
        for (String inner : longestFirst) {
            if (inner.length() >= name.length()) continue;
            for (Span span : wholeWords(normal, inner)) {
                if (found.stream().noneMatch(o -> o.span().overlaps(span))) found.add(occurrence(span, inner));
            }
        }
        return found;
    }

    private Occurrence occurrence(Span span, String name) {
        return new Occurrence(span, name, byName.get(name), together.contains(name));
    }

    /**
     * A name found in a text: where, the name, every resource that bears it, and whether it names
     * them all together (a group reference) rather than any one of them.
     */
    public record Occurrence(Span span, String name, Set<Resource> bearers, boolean together) {

        /** Whether {@code nodes} account for what this names: all its bearers if together, else any one. */
        public boolean accountedBy(Set<? extends org.apache.jena.rdf.model.RDFNode> nodes) {
            return together ? nodes.containsAll(bearers) : bearers.stream().anyMatch(nodes::contains);
        }

        /** The bearers {@code nodes} do not account for. */
        public Set<Resource> unaccounted(Set<? extends org.apache.jena.rdf.model.RDFNode> nodes) {
            Set<Resource> left = new HashSet<>(bearers);
            left.removeAll(nodes);
            return left;
        }
    }

    /** The names in {@code text} within {@code within}, none overlapping another. */
    public List<Occurrence> in(String text, Span within) {
        return find(text, within, true);
    }

    /** As {@link #in}; {@code others} false leaves group words after "other" unresolved (a look back needs no more). */
    private List<Occurrence> find(String text, Span within, boolean others) {
        NormalisedText normal = NormalisedText.of(text);
        List<Occurrence> found = new ArrayList<>();
        for (String name : longestFirst) {
            for (Span span : wholeWords(normal, name)) {
                if (within.contains(span) && found.stream().noneMatch(o -> o.span().overlaps(span))) {
                    Occurrence o = occurrence(span, name);
                    found.add(others && o.together() && afterOther(text, span) ? others(text, o) : o);
                }
            }
        }
        found.sort(Comparator.comparingInt(o -> o.span().start()));
        return found;
    }

    /**
     * Group words after "other": the members that {@code text} has not named before them ("Tokayev
     * telephoned his Russian counterpart, … the other member states' presidents agreed" names the
     * four members but Kazakhstan and Russia), each by itself or by what names it ({@link #namedBy}:
     * a post, its holder, a contingent, the state of a contingent, a demonym), all of them
     * together, so a deleted one is noticed; a mission the words also name stays named. Group words
     * before, "other" or not, name no one member. When the text names none of the members before,
     * or all, which are meant is not said, and any one member accounts for the words.
     */
    private Occurrence others(String text, Occurrence group) {
        Set<Resource> before = new HashSet<>();
        find(text, new Span(0, group.span().start()), false).stream().filter(o -> !o.together()).forEach(o -> before.addAll(o.bearers()));
        Set<Resource> members = new HashSet<>(group.bearers());
        members.removeAll(groupHolders);
        Set<Resource> others = new HashSet<>();
        for (Resource member : members) {
            if (Collections.disjoint(namers.getOrDefault(member, Set.of(member)), before)) others.add(member);
        }
        if (others.isEmpty() || others.size() == members.size()) return new Occurrence(group.span(), group.name(), group.bearers(), false);
        Set<Resource> named = new HashSet<>(others);
        group.bearers().stream().filter(groupHolders::contains).forEach(named::add);
        return new Occurrence(group.span(), group.name(), named, true);
    }

    /** Whether the word right before {@code span} is "other" ("the other member states"): some of a group, not all. */
    private static boolean afterOther(String text, Span span) {
        String before = text.substring(0, span.start()).stripTrailing();
        int at = before.length() - OTHER.length();
        return at >= 0 && before.regionMatches(true, at, OTHER, 0, OTHER.length()) && (at == 0 || !Character.isLetterOrDigit(before.charAt(at - 1)));
    }

    /** Where {@code name} occurs as whole words; not after "non-" ("non-Russian" names no Russian thing). */
    static List<Span> wholeWords(NormalisedText normal, String name) {
        List<Span> spans = new ArrayList<>();
        String t = normal.text();
        for (int at = t.indexOf(name); at >= 0; at = t.indexOf(name, at + 1)) {
            int end = at + name.length();
            boolean negated = at >= NEGATION.length() && t.regionMatches(true, at - NEGATION.length(), NEGATION, 0, NEGATION.length());
            if (!isWordChar(t, at - 1) && !isWordChar(t, end) && !negated) spans.add(normal.original(at, end));
        }
        return spans;
    }

    private static boolean isWordChar(String text, int i) {
        return i >= 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
    }
}
