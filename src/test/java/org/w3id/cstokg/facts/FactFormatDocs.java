package org.w3id.cstokg.facts;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.shared.PrefixMapping;
import org.w3id.cstokg.vocab.Prefixes;

/**
 * What the {@link FactFormat} generates for people and editors: the JSON Schema definitions of the
 * sections of declared kinds ({@code $defs/entity}, {@code contingent}, {@code event} in
 * docs/fact-file.schema.json) and the key tables of docs/fact-format.md.
 */
final class FactFormatDocs {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final PrefixMapping PREFIXES = Prefixes.standard();

    private final FactFormat format;

    FactFormatDocs(FactFormat format) { this.format = format; }

    /**
     * The schema with the definitions of the declared sections (named by their items) replaced by
     * generated ones, and the fact file's properties by the sections in their declared order between
     * {@code document} and {@code links}.
     */
    ObjectNode schema(JsonNode current) {
        ObjectNode schema = current.deepCopy();
        ObjectNode defs = (ObjectNode) schema.get("$defs");
        for (Section s : format.sections()) defs.set(s.item(), definition(s));
        ObjectNode file = (ObjectNode) defs.get("factFile");
        ObjectNode before = (ObjectNode) file.get("properties");
        ObjectNode properties = JSON.objectNode();
        properties.set(FactFormat.DOCUMENT, before.get(FactFormat.DOCUMENT));
        for (Section s : format.sections()) {
            ObjectNode list = properties.putObject(s.key());
            list.put("type", "array");
            list.putObject("items").put("$ref", "#/$defs/" + s.item());
        }
        properties.set(FactFormat.LINKS, before.get(FactFormat.LINKS));
        properties.set(FactFormat.AUDIT, before.get(FactFormat.AUDIT));
        file.set("properties", properties);
        return schema;
    }

    /** JSON written the way the schema file is: two-space indent, one array item per line. */
    static String write(JsonNode json) throws com.fasterxml.jackson.core.JsonProcessingException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        return new ObjectMapper().writer(printer).writeValueAsString(json) + "\n";
    }

    private ObjectNode definition(Section section) {
        ObjectNode def = JSON.objectNode();
        def.put("type", "object");
        def.put("additionalProperties", false);
        ObjectNode props = def.putObject("properties");
        List<Kind> kinds = format.kinds(section);
        boolean idKey = kinds.stream().anyMatch(Kind::hasIdKey);
        boolean nameKey = kinds.stream().anyMatch(Kind::hasNameKey);
        if (idKey) props.set("id", ref("slug"));
        section.kindKey().ifPresent(k -> props.putObject(k).set("enum", strings(kinds.stream().map(Kind::key).toList())));
        if (nameKey) props.set("name", text());
        props.set("cite", ref("cite"));
        time().forEach((key, value) -> {
            if (section.time().keys().contains(key)) props.set(key, cited(value));
        });
        Set<String> naming = naming(kinds);
        byKey(section).forEach((key, declared) -> props.set(key, cited(naming.contains(key) && declared.get(0).shape()
                == ValueShape.REFERENCE ? ref("slug") : shape(declared.get(0).shape()))));
        ArrayNode required = def.putArray("required");
        if (idKey) required.add("id");
        section.kindKey().ifPresent(required::add);
        if (nameKey) required.add("name");
        if (kinds.stream().noneMatch(k -> k.satisfies().contains(format.outlet()))) required.add("cite");
        kinds.stream().flatMap(k -> k.required().stream()).filter(r -> r.ofEveryKind()).distinct().forEach(r -> {
            if (r.keys().size() == 1) required.add(r.keys().get(0));
            else {
                ArrayNode any = def.withArray("anyOf");
                r.keys().forEach(k -> any.addObject().putArray("required").add(k));
            }
        });
        section.kindKey().ifPresent(kindKey -> {
            ArrayNode all = def.putArray("allOf");
            for (Kind kind : kinds) {
                ObjectNode rule = all.addObject();
                ObjectNode cond = rule.putObject("if");
                cond.putObject("properties").putObject(kindKey).put("const", kind.key());
                cond.putArray("required").add(kindKey);
                ObjectNode then = rule.putObject("then");
                then.putObject("propertyNames").set("enum", strings(FactKeys.of(kind)));
                List<String> own = kind.required().stream().filter(r -> !r.ofEveryKind() && r.keys().size() == 1)
                        .map(r -> r.keys().get(0)).toList();
                if (!own.isEmpty()) then.set("required", strings(own));
            }
        });
        def.put("description", "Generated from ontology/fact-format.ttl (docs/fact-format.md#declaring-a-kind-of-fact)"
                + (section.kindKey().isPresent() ? "; the keys allowed depend on " + section.kindKey().get() : "") + ".");
        return def;
    }

    /** The keys whose values make the identifier of facts without an {@code id} (one value each). */
    private static Set<String> naming(List<Kind> kinds) {
        return kinds.stream().flatMap(k -> k.naming().id().stream()).flatMap(t -> Template.allKeys(t).stream())
                .collect(Collectors.toSet());
    }

    /** The declared keys of a section by name, each with its declarations (one per property). */
    private Map<String, List<FactKey>> byKey(Section section) {
        Map<String, List<FactKey>> out = new TreeMap<>();
        for (Kind k : format.kinds(section)) {
            for (FactKey key : k.keys()) {
                List<FactKey> same = out.computeIfAbsent(key.key(), x -> new ArrayList<>());
                if (!same.contains(key)) same.add(key);
            }
        }
        return out;
    }

    private static Map<String, JsonNode> time() {
        Map<String, JsonNode> t = new LinkedHashMap<>();
        ObjectNode instant = JSON.objectNode().put("type", "string").put("format", "date-time");
        for (String key : Time.KEYS) {
            t.put(key, switch (key) {
                case "date", "start", "end", "by" -> ref("date");
                case "time" -> instant;
                case "after" -> ref("after");
                default -> text();
            });
        }
        return t;
    }

    private static JsonNode shape(ValueShape shape) {
        return switch (shape) {
            case REFERENCE, PHOTOGRAPH -> ref("refs");
            case ATTRIBUTION -> ref("slug");
            case TEXT -> text();
            case TEXT_LIST -> ref("texts");
            case QUANTITY -> ref("count");
            case DATE -> ref("date");
            case DURATION -> ref("duration");
            case INTEGER -> JSON.objectNode().put("type", "integer").put("minimum", 0);
            case IRI -> JSON.objectNode().put("type", "string").put("format", "uri");
            case CODE -> {
                ObjectNode code = JSON.objectNode();
                code.putArray("type").add("string").add("integer");
                yield code.put("description", "A code of a codebook; quote one with a leading zero.");
            }
        };
    }

    /** A key's value, or the same in the long form that cites its own source. */
    private static JsonNode cited(JsonNode value) {
        ObjectNode either = JSON.objectNode();
        either.putArray("anyOf").add(value).add(ref("citedValue"));
        return either;
    }

    private static ObjectNode ref(String def) { return JSON.objectNode().put("$ref", "#/$defs/" + def); }

    private static ObjectNode text() { return JSON.objectNode().put("type", "string").put("minLength", 1); }

    private static ArrayNode strings(List<String> values) {
        ArrayNode a = JSON.arrayNode();
        values.forEach(a::add);
        return a;
    }

    /** The generated Markdown blocks of docs/fact-format.md, by block name. */
    Map<String, String> markdown() {
        Map<String, String> blocks = new LinkedHashMap<>();
        for (Section s : format.sections()) blocks.put(s.key(), section(s));
        return blocks;
    }

    private String section(Section section) {
        StringBuilder md = new StringBuilder();
        List<Kind> kinds = format.kinds(section);
        Set<String> common = kinds.stream().map(k -> Set.copyOf(k.keys())).reduce((a, b) -> {
            var both = new java.util.HashSet<>(a);
            both.retainAll(b);
            return both;
        }).orElse(Set.of()).stream().map(FactKey::key).collect(Collectors.toCollection(java.util.TreeSet::new));
        if (section.kindKey().isPresent()) {
            boolean labelled = kinds.stream().anyMatch(k -> !k.hasNameKey());
            md.append("| ").append(section.kindKey().get()).append(" | ")
                    .append(kinds.stream().anyMatch(k -> k.scheme().isPresent()) ? "concept scheme" : "class")
                    .append(" | keys of this kind only |").append(labelled ? " label |\n|---|---|---|---|\n" : "\n|---|---|---|\n");
            for (Kind k : kinds) {
                String own = k.keys().stream().map(FactKey::key).filter(key -> !common.contains(key))
                        .map(key -> "`" + key + "`").collect(Collectors.joining(", "));
                md.append("| `").append(k.key()).append("` | `").append(curie(k.scheme().orElse(k.classIri())))
                        .append("` | ").append(own).append(" |");
                if (labelled) md.append(" ").append(k.naming().label().map(t -> "`" + t + "`").orElse("")).append(" |");
                md.append("\n");
            }
            md.append("\nEvery ").append(section.item()).append(" also takes ")
                    .append(common.isEmpty() ? "no other key" : common.stream().map(k -> "`" + k + "`")
                            .collect(Collectors.joining(", ")))
                    .append(".\n\n");
        } else {
            for (Kind k : kinds) {
                md.append("A ").append(section.item()).append(" is a `").append(curie(k.classIri())).append("`");
                k.naming().id().ifPresent(t -> md.append(" at `id/").append(t).append("`"));
                k.naming().label().ifPresent(t -> md.append(", labelled `").append(t).append("`"));
                md.append(".\n\n");
            }
        }
        md.append("| key | becomes | value | of |\n|---|---|---|---|\n");
        byKey(section).forEach((key, declared) -> {
            for (FactKey d : declared) {
                List<String> of = kinds.stream().filter(k -> k.keys().contains(d)).map(Kind::key).toList();
                String ofText = of.size() == kinds.size() ? "every " + section.item()
                        : of.stream().map(k -> "`" + k + "`").collect(Collectors.joining(", "));
                md.append("| `").append(key).append("` | `").append(curie(d.property())).append("` | ")
                        .append(naming(kinds).contains(key) ? value(d).replace(ValueShape.REFERENCE.description(), "one identifier").replace(", each ", ", ")
                                + " (it names the " + section.item() + ")" : value(d))
                        .append(" | ").append(ofText).append(required(kinds, key)).append(" |\n");
            }
        });
        List<String> shortcuts = kinds.stream().flatMap(k -> k.shortcuts().stream()).distinct()
                .map(sc -> "`<" + sc.from() + "> " + curie(sc.property()) + " <" + sc.to() + ">`").toList();
        if (!shortcuts.isEmpty()) {
            md.append("\nEach ").append(section.item()).append(" also states ").append(String.join(" and ", shortcuts))
                    .append(".\n");
        }
        return md.toString();
    }

    /** Which kinds require the key, as the key table says it: "; required", "; required (or `content`)", "; required of …". */
    private static String required(List<Kind> kinds, String key) {
        List<Kind> requiring = kinds.stream().filter(k -> k.required().stream().anyMatch(r -> r.keys().get(0).equals(key)))
                .toList();
        if (requiring.isEmpty()) return "";
        List<String> others = requiring.get(0).required().stream().filter(r -> r.keys().get(0).equals(key))
                .findFirst().orElseThrow().keys().stream().skip(1).map(k -> "`" + k + "`").toList();
        String or = others.isEmpty() ? "" : " (or " + String.join(", ", others) + ")";
        return requiring.size() == kinds.size() ? "; required" + or
                : "; required of " + requiring.stream().map(k -> "`" + k.key() + "`").collect(Collectors.joining(", ")) + or;
    }

    private static String value(FactKey key) {
        String v = key.shape().description()
                + (key.target() == Target.ANY ? "" : ", each " + key.target().description());
        String coded = key.code().map(c -> v + " such as `" + c.example() + "`"
                + c.prefix().map(p -> " (→ `" + p + "<code>`)").orElse("")).orElse(v);
        return key.unit().map(u -> coded + " of " + u).orElse(coded);
    }

    private static String curie(String iri) { return PREFIXES.shortForm(iri); }

    /** Replaces the block {@code name} between its markers in {@code text}. */
    static String replaceBlock(String text, String name, String content) {
        String begin = "<!-- generated:" + name + " -->\n";
        String end = "<!-- end generated:" + name + " -->";
        int b = text.indexOf(begin);
        int e = text.indexOf(end);
        if (b < 0 || e < b) throw new IllegalStateException("docs/fact-format.md has no block " + name);
        return text.substring(0, b + begin.length()) + content + text.substring(e);
    }

}
