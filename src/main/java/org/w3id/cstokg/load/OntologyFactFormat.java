package org.w3id.cstokg.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cstokg.facts.ErrorHandler;
import org.w3id.cstokg.facts.FactFormat;
import org.w3id.cstokg.facts.FactKey;
import org.w3id.cstokg.facts.Kind;
import org.w3id.cstokg.facts.Location;
import org.w3id.cstokg.facts.Section;
import org.w3id.cstokg.facts.Target;
import org.w3id.cstokg.facts.Template;
import org.w3id.cstokg.facts.ValueShape;
import org.w3id.cstokg.vocab.KG;

/**
 * Reads the {@link FactFormat} from the ontology's {@code kg:fact*} annotations
 * (ontology/fact-format.ttl): a class with {@code kg:factSection} is a kind of fact, written as
 * {@code kg:factKind} in its section; a property with {@code kg:factKey} is a key, of the kinds its
 * {@code kg:factKeyOf} names and of every kind of its {@code kg:factKeyOfSection}, taking the value
 * shape {@code kg:factValue}. A kind without {@code id} or {@code name} keys names its facts by
 * {@code kg:factIdTemplate} and {@code kg:factLabelTemplate}; {@code kg:factRequiredOf} and
 * {@code kg:factRequiredOfSection} say which keys a fact needs, {@code kg:factShortcutOf} which
 * triples are made from two of its keys; a kind declared on a {@code skos:ConceptScheme} makes
 * concepts of that scheme. Mistakes in the declarations are reported, not thrown.
 * <pre>{@code
 * FactFormat format = OntologyFactFormat.load(Path.of("ontology"), errors);
 * }</pre>
 */
public final class OntologyFactFormat {
    private static final Map<Resource, ValueShape> SHAPES = Map.ofEntries(
            Map.entry(KG.ReferenceValue, ValueShape.REFERENCE), Map.entry(KG.TextValue, ValueShape.TEXT),
            Map.entry(KG.TextListValue, ValueShape.TEXT_LIST), Map.entry(KG.QuantityValue, ValueShape.QUANTITY),
            Map.entry(KG.DateValue, ValueShape.DATE), Map.entry(KG.DurationValue, ValueShape.DURATION),
            Map.entry(KG.IntegerValue, ValueShape.INTEGER), Map.entry(KG.PhotographValue, ValueShape.PHOTOGRAPH),
            Map.entry(KG.CodeValue, ValueShape.CODE), Map.entry(KG.AttributionValue, ValueShape.ATTRIBUTION),
            Map.entry(KG.IriValue, ValueShape.IRI));
    /** The value shapes that make nodes of a fact of their own, which a document's header cannot have. */
    private static final Set<ValueShape> NOT_OF_DOCUMENTS = Set.of(ValueShape.QUANTITY, ValueShape.PHOTOGRAPH,
            ValueShape.ATTRIBUTION);

    /** The time value shapes a section's items may carry. */
    private static final Map<Resource, Section.TimeShape> TIMES = Map.of(
            KG.EventTimeValue, Section.TimeShape.EVENT, KG.StatementTimeValue, Section.TimeShape.STATEMENT);
    /** The top-level sections every fact file has, which no declared section may take. */
    private static final Set<String> RESERVED = Set.of(FactFormat.DOCUMENT, FactFormat.LINKS, FactFormat.AUDIT);

    private final Model ontology;
    private final ErrorHandler errors;
    /** The classes and concept schemes that references are restricted to, each as one target. */
    private final Map<Resource, Target> targets = new HashMap<>();
    /** The declared sections by their keys. */
    private final Map<String, Section> sections = new java.util.LinkedHashMap<>();

    private OntologyFactFormat(Graph ontology, ErrorHandler errors) {
        this.ontology = ModelFactory.createModelForGraph(ontology);
        this.errors = errors;
    }

    /** The format an ontology graph declares. */
    public static FactFormat read(Graph ontology, ErrorHandler errors) {
        return new OntologyFactFormat(ontology, errors).format();
    }

    /** Parses the ontology files of {@code dir} (not its shapes) and reads the format they declare. */
    public static FactFormat load(Path dir, ErrorHandler errors) {
        Graph graph = GraphFactory.createDefaultGraph();
        new OntologyLoader(errors).loadOntology(dir, graph);
        return read(graph, errors);
    }

    private FactFormat format() {
        sections();
        List<Key> keys = keys();
        Target outlet = target(KG.Outlet);
        Target event = target(KG.Event);
        Target concept = target(SKOS.Concept);
        List<Kind> kinds = new ArrayList<>();
        ontology.listResourcesWithProperty(KG.factSection).forEachRemaining(c -> kind(c, keys).ifPresent(kinds::add));
        kinds.sort(Comparator.comparing(Kind::section).thenComparing(k -> k.key()));
        if (kinds.isEmpty() && !ontology.isEmpty()) {   // an empty one: the loader said why
            errors.error(Location.of("ontology"), "declares no kind of fact (no class has kg:factSection), so no fact"
                    + " file can be read: the fact format is part of the ontology (ontology/fact-format.ttl)");
        }
        for (Section s : sections.values()) {
            List<Kind> of = kinds.stream().filter(k -> k.section().equals(s)).toList();
            if (s.kindKey().isEmpty() && of.size() > 1) {
                errors.error(Location.of("ontology"), "the section '" + s.key() + "' has no kind key, so one kind, but "
                        + String.join(" and ", of.stream().map(k -> "<" + k.classIri() + ">").sorted().toList()) + " are declared");
            }
        }
        keys.stream().map(k -> k.key().target()).filter(t -> t != Target.ANY).distinct()
                .filter(t -> kinds.stream().noneMatch(k -> k.satisfies().contains(t)))
                .forEach(t -> error(ontology.createResource(t.iri()), "is named by kg:factRefersTo, but no declared kind"
                        + " of fact is of this class or concept scheme"));
        return FactFormat.of(List.copyOf(sections.values()), kinds, outlet, event, concept);
    }

    /**
     * The sections of declared kinds: each {@code kg:FactSection} with its key, kind key, item name,
     * time and order. A section without a key or item is reported and left out.
     */
    private void sections() {
        List<Section> found = new ArrayList<>();
        ontology.listResourcesWithProperty(RDF.type, KG.FactSection).forEachRemaining(r -> {
            Optional<String> key = string(r, KG.factSectionKey);
            Optional<String> item = string(r, KG.factItem);
            if (key.isEmpty() || item.isEmpty()) {
                error(r, "a kg:FactSection needs kg:factSectionKey and kg:factItem");
                return;
            }
            Optional<Resource> time = resource(r, KG.factTime);
            Section.TimeShape shape = time.map(TIMES::get).orElse(Section.TimeShape.NONE);
            if (time.isPresent() && !TIMES.containsKey(time.get())) {
                error(r, "kg:factTime names <" + time.get() + ">, which is none of " + names(TIMES.keySet()));
            }
            Statement order = r.getProperty(KG.factOrder);
            int n = order != null && order.getObject().isLiteral() ? order.getInt() : Integer.MAX_VALUE;
            found.add(new Section(key.get(), string(r, KG.factKindKey), item.get(), shape, n));
        });
        found.stream().sorted().forEach(s -> {
            if (RESERVED.contains(s.key())) {
                errors.error(Location.of("ontology"), "the section key '" + s.key() + "' is a fixed section of every fact file");
            } else if (sections.putIfAbsent(s.key(), s) != null) {
                errors.error(Location.of("ontology"), "two kg:FactSection declare the key '" + s.key() + "'");
            }
        });
    }

    /**
     * A declared key before it is given to kinds: the key, the classes and sections it is a key of,
     * those that require it, and the properties whose keys may stand in for it where it is required.
     */
    private record Key(FactKey key, Resource property, Set<Resource> of, Set<Section> ofSections,
            Set<Resource> requiredOf, Set<Section> requiredOfSections, Set<Resource> requiredOr) {}

    private List<Key> keys() {
        List<Key> out = new ArrayList<>();
        ontology.listResourcesWithProperty(KG.factKey).forEachRemaining(p -> {
            String name = string(p, KG.factKey).orElse("");
            Optional<ValueShape> shape = resource(p, KG.factValue).map(SHAPES::get);
            if (shape.isEmpty()) {
                error(p, "declares kg:factKey '" + name + "' without a kg:factValue among " + names(SHAPES.keySet()));
                return;
            }
            Target target = resource(p, KG.factRefersTo).map(this::target).orElse(Target.ANY);
            Set<Resource> of = resources(p, KG.factKeyOf);
            Set<Section> sections = sections(p, KG.factKeyOfSection);
            if (of.isEmpty() && sections.isEmpty()) error(p, "kg:factKey '" + name + "' is a key of no kind"
                    + " (give kg:factKeyOf a class or kg:factKeyOfSection a section)");
            FactKey key = new FactKey(name, p.getURI(), shape.get(), target, string(p, KG.factUnit), code(p, shape.get()));
            if (shape.get() == ValueShape.QUANTITY && key.unit().isEmpty()) error(p, "a count key needs kg:factUnit");
            out.add(new Key(key, p, of, sections, resources(p, KG.factRequiredOf), sections(p, KG.factRequiredOfSection),
                    resources(p, KG.factRequiredOr)));
        });
        return out;
    }

    /** The form of a code key's codes: kg:factPattern (a regular expression), kg:factExample, kg:factCodePrefix. */
    private Optional<FactKey.Code> code(Resource p, ValueShape shape) {
        if (shape != ValueShape.CODE) return Optional.empty();
        Optional<String> pattern = string(p, KG.factPattern);
        if (pattern.isEmpty()) {
            error(p, "a code key needs kg:factPattern");
            return Optional.of(new FactKey.Code(".*", "", Optional.empty()));
        }
        try {
            java.util.regex.Pattern.compile(pattern.get());
        } catch (java.util.regex.PatternSyntaxException e) {
            error(p, "kg:factPattern '" + pattern.get() + "' is not a regular expression: " + e.getDescription());
            return Optional.of(new FactKey.Code(".*", "", Optional.empty()));
        }
        return Optional.of(new FactKey.Code(pattern.get(), string(p, KG.factExample).orElse(pattern.get()),
                string(p, KG.factCodePrefix)));
    }

    private Optional<Kind> kind(Resource c, List<Key> keys) {
        Optional<Section> section = section(c, c.getProperty(KG.factSection).getObject());
        if (section.isEmpty()) return Optional.empty();
        Optional<String> name = string(c, KG.factKind);
        if (name.isEmpty() && section.get().kindKey().isPresent()) {
            error(c, "a kind of the section '" + section.get().key() + "' needs kg:factKind");
            return Optional.empty();
        }
        List<Key> own = new ArrayList<>();
        Map<String, Resource> byName = new HashMap<>();
        for (Key k : keys) {
            if (!k.of().contains(c) && !k.ofSections().contains(section.get())) continue;
            Resource before = byName.putIfAbsent(k.key().key(), k.property());
            if (before != null) {
                error(c, "has two properties for the key '" + k.key().key() + "': <" + before.getURI() + "> and <"
                        + k.property().getURI() + ">");
            } else {
                own.add(k);
            }
        }
        own.sort(Comparator.comparing(k -> k.key().key()));
        if (section.get().equals(FactFormat.DOCUMENT_SECTION)) {
            own.stream().filter(k -> NOT_OF_DOCUMENTS.contains(k.key().shape())).forEach(k -> error(k.property(),
                    "a key of a document's header cannot take " + k.key().shape().description() + " (its values would need"
                            + " a fact's own node and evidence)"));
            own.removeIf(k -> NOT_OF_DOCUMENTS.contains(k.key().shape()));
        }
        boolean scheme = c.hasProperty(RDF.type, SKOS.ConceptScheme);
        List<Kind.Required> required = required(c, section.get(), own);
        Kind.Naming naming = naming(c, own, required);
        return Optional.of(new Kind(section.get(), name.orElse(section.get().item()),
                scheme ? SKOS.Concept.getURI() : c.getURI(), own.stream().map(Key::key).toList(),
                satisfies(c, scheme), scheme ? Optional.of(c.getURI()) : Optional.empty(), naming,
                required, shortcuts(c, own)));
    }

    /** The groups of keys a fact of class {@code c} must have: each required key, with the keys that may stand in for it. */
    private List<Kind.Required> required(Resource c, Section section, List<Key> own) {
        List<Kind.Required> out = new ArrayList<>();
        Set<Set<String>> seen = new HashSet<>();
        for (Key k : own) {
            boolean ofSection = k.requiredOfSections().contains(section);
            if (!ofSection && !k.requiredOf().contains(c)) continue;
            List<String> group = new ArrayList<>(List.of(k.key().key()));
            own.stream().filter(o -> k.requiredOr().contains(o.property())).forEach(o -> group.add(o.key().key()));
            if (group.size() <= k.requiredOr().size()) error(c, "<" + k.property().getURI()
                    + "> kg:factRequiredOr names a property that is no key of kind '" + string(c, KG.factKind).orElse("") + "'");
            if (seen.add(Set.copyOf(group))) out.add(new Kind.Required(group, ofSection || section.kindKey().isEmpty()));
        }
        return out;
    }

    /**
     * How a fact of class {@code c} is named: kg:factIdTemplate and kg:factLabelTemplate, whose keys
     * must be keys of the kind; those of the identifier, required ones.
     */
    private Kind.Naming naming(Resource c, List<Key> own, List<Kind.Required> required) {
        Optional<String> id = string(c, KG.factIdTemplate);
        Optional<String> label = string(c, KG.factLabelTemplate);
        Set<String> keys = new HashSet<>(own.stream().map(k -> k.key().key()).toList());
        Set<String> requiredAlone = new HashSet<>();
        required.stream().filter(r -> r.keys().size() == 1 && r.ofEveryKind()).forEach(r -> requiredAlone.addAll(r.keys()));
        for (var template : List.of(Map.entry(KG.factIdTemplate, id), Map.entry(KG.factLabelTemplate, label))) {
            if (template.getValue().isEmpty()) continue;
            String text = template.getValue().get();
            String what = template.getKey().getLocalName();
            if (!Template.isValid(text)) {
                error(c, "kg:" + what + " '" + text + "' is not a template: text, {key} and [optional parts]");
                continue;
            }
            for (String key : Template.allKeys(text)) {
                boolean isId = key.equals("id") && id.isEmpty();
                if (!keys.contains(key) && !isId) error(c, "kg:" + what + " names '" + key + "', which is no key of the kind");
            }
        }
        id.filter(Template::isValid).ifPresent(t -> Template.allKeys(t).stream().filter(k -> !requiredAlone.contains(k))
                .forEach(k -> error(c, "kg:factIdTemplate names '" + k + "', which the kind does not require"
                        + " (kg:factRequiredOfSection)")));
        return new Kind.Naming(id, label);
    }

    /** The triples made from two keys of class {@code c}: properties with kg:factShortcutOf c. */
    private List<Kind.Shortcut> shortcuts(Resource c, List<Key> own) {
        List<Kind.Shortcut> out = new ArrayList<>();
        ontology.listResourcesWithProperty(KG.factShortcutOf, c).forEachRemaining(p -> {
            Optional<String> from = resource(p, KG.factShortcutFrom).flatMap(f -> keyOf(own, f));
            Optional<String> to = resource(p, KG.factShortcutTo).flatMap(t -> keyOf(own, t));
            if (from.isEmpty() || to.isEmpty()) {
                error(p, "a shortcut needs kg:factShortcutFrom and kg:factShortcutTo, each a property with a key of <"
                        + c.getURI() + ">");
            } else {
                out.add(new Kind.Shortcut(p.getURI(), from.get(), to.get()));
            }
        });
        out.sort(Comparator.comparing(Kind.Shortcut::property));
        return out;
    }

    private static Optional<String> keyOf(List<Key> own, Resource property) {
        return own.stream().filter(k -> k.property().equals(property)).map(k -> k.key().key()).findFirst();
    }

    /** The target of references to facts of the class or concept scheme {@code r}, made once. */
    private Target target(Resource r) {
        return targets.computeIfAbsent(r, x -> new Target(x.getURI(), article(description(x.inModel(ontology)))));
    }

    /**
     * How messages name a fact of class or scheme {@code r}: as its kind ("entity of type outlet",
     * "concept of scheme unit-type", "contingent"), as its section's item when every kind of one
     * section is of it ("event", "concept"), else by its label.
     */
    private String description(Resource r) {
        Optional<Section> section = r.hasProperty(KG.factSection)
                ? string(r, KG.factSection).map(sections::get) : Optional.empty();
        if (section.isPresent()) {
            String kind = string(r, KG.factKind).orElse("");
            return section.get().kindKey().map(k -> section.get().item() + " of " + k + " " + kind)
                    .orElse(section.get().item());
        }
        for (Section s : sections.values()) {
            List<Resource> kinds = ontology.listResourcesWithProperty(KG.factSection, s.key()).toList();
            if (!kinds.isEmpty() && kinds.stream().allMatch(k -> classes(factClass(k)).contains(r))) return s.item();
        }
        return string(r, RDFS.label).orElse(r.getLocalName());
    }

    private static String article(String words) { return (words.matches("[aeiou].*") ? "an " : "a ") + words; }

    /**
     * The targets a fact of class {@code c} satisfies, those of {@code c} and its superclasses (and
     * any fact); of a concept scheme, those of the scheme and of concepts (and not any fact).
     */
    private Set<Target> satisfies(Resource c, boolean scheme) {
        Set<Resource> of = classes(factClass(c));
        of.add(c);
        Set<Target> out = new HashSet<>();
        if (!scheme) out.add(Target.ANY);
        targets.forEach((r, t) -> {
            if (of.contains(r)) out.add(t);
        });
        return out;
    }

    /** The class of the facts of kind {@code k}: itself, or skos:Concept for a concept scheme. */
    private static Resource factClass(Resource k) { return k.hasProperty(RDF.type, SKOS.ConceptScheme) ? SKOS.Concept : k; }

    /** {@code c} and its superclasses. */
    private Set<Resource> classes(Resource c) {
        Set<Resource> seen = new HashSet<>();
        List<Resource> todo = new ArrayList<>(List.of(c));
        while (!todo.isEmpty()) {
            Resource next = todo.remove(todo.size() - 1);
            if (!seen.add(next)) continue;
            next.listProperties(RDFS.subClassOf).forEachRemaining(s -> {
                if (s.getObject().isURIResource()) todo.add(s.getResource());
            });
        }
        return seen;
    }

    private Optional<Section> section(Resource on, RDFNode value) {
        String text = value.isLiteral() ? value.asLiteral().getLexicalForm() : value.toString();
        Optional<Section> section = text.equals(FactFormat.DOCUMENT) ? Optional.of(FactFormat.DOCUMENT_SECTION)
                : Optional.ofNullable(sections.get(text));
        if (section.isEmpty()) {
            error(on, "names the unknown section '" + text + "' (expected one of: "
                    + String.join(", ", sections.keySet()) + "; a section is declared as a kg:FactSection)");
        }
        return section;
    }

    private static Set<Resource> resources(Resource r, org.apache.jena.rdf.model.Property p) {
        Set<Resource> out = new HashSet<>();
        r.listProperties(p).forEachRemaining(s -> {
            if (s.getObject().isResource()) out.add(s.getResource());
        });
        return out;
    }

    private Set<Section> sections(Resource r, org.apache.jena.rdf.model.Property p) {
        Set<Section> out = new HashSet<>();
        r.listProperties(p).forEachRemaining(s -> section(r, s.getObject()).ifPresent(out::add));
        return out;
    }

    private static Optional<String> string(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        return s != null && s.getObject().isLiteral() ? Optional.of(s.getString()) : Optional.empty();
    }

    private static Optional<Resource> resource(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        return s != null && s.getObject().isResource() ? Optional.of(s.getResource()) : Optional.empty();
    }

    private void error(Resource on, String message) {
        errors.error(Location.of("ontology"), "<" + on.getURI() + "> " + message);
    }

    private static String names(Set<Resource> terms) {
        return String.join(", ", terms.stream().map(r -> r.getURI().replace(KG.NS, "kg:")).sorted().toList());
    }
}
