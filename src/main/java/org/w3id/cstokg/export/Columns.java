package org.w3id.cstokg.export;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

/**
 * The attribute columns of a property graph and their types. A column is typed (long, double,
 * boolean) only when every node has at most one value in it and every value is a literal of a
 * matching XSD datatype; otherwise it is a string column.
 */
final class Columns {
    private static final Set<String> INTEGER_TYPES = Set.of(XSDDatatype.XSDinteger, XSDDatatype.XSDint,
            XSDDatatype.XSDlong, XSDDatatype.XSDshort, XSDDatatype.XSDbyte, XSDDatatype.XSDnonNegativeInteger,
            XSDDatatype.XSDpositiveInteger, XSDDatatype.XSDnonPositiveInteger, XSDDatatype.XSDnegativeInteger,
            XSDDatatype.XSDunsignedInt, XSDDatatype.XSDunsignedShort, XSDDatatype.XSDunsignedByte)
            .stream().map(XSDDatatype::getURI).collect(java.util.stream.Collectors.toSet());
    private static final Set<String> DECIMAL_TYPES = Set.of(XSDDatatype.XSDdecimal.getURI(),
            XSDDatatype.XSDdouble.getURI(), XSDDatatype.XSDfloat.getURI());

    private final Map<List<Node>, String> names = new HashMap<>();
    private final Map<String, AttributeType> types = new TreeMap<>();

    private Columns() {}

    /** Names every path and types every column from all nodes' values. */
    static Columns infer(Collection<Map<List<Node>, TreeMap<String, Node>>> nodes, AttributeNames attributeNames) {
        Columns columns = new Columns();
        for (Map<List<Node>, TreeMap<String, Node>> node : nodes) {
            node.forEach((path, values) -> {
                String name = columns.names.computeIfAbsent(path, attributeNames::name);
                AttributeType seen = values.size() == 1 ? typeOf(values.firstEntry().getValue()) : AttributeType.STRING;
                columns.types.merge(name, seen, (a, b) -> a == b ? a : AttributeType.STRING);
            });
        }
        return columns;
    }

    /** Every column in output order: fixed node columns, then attributes by name. */
    Map<String, AttributeType> types() {
        Map<String, AttributeType> all = new LinkedHashMap<>();
        for (String fixed : PropertyGraph.FIXED) {
            all.put(fixed, AttributeType.STRING);
        }
        all.putAll(types);
        return all;
    }

    /** One node's attribute values by column name, normalised to the column's type. */
    Map<String, String> values(Map<List<Node>, TreeMap<String, Node>> node) {
        Map<String, String> out = new TreeMap<>();
        node.forEach((path, values) -> {
            String name = names.get(path);
            out.merge(name, format(types.get(name), values), (a, b) -> a + PropertyGraphBuilder.SEPARATOR + b);
        });
        return out;
    }

    private static String format(AttributeType type, TreeMap<String, Node> values) {
        return switch (type) {
            case LONG -> Long.toString(Long.parseLong(values.firstKey().trim()));
            case DOUBLE -> Double.toString(Double.parseDouble(values.firstKey().trim()));
            case BOOLEAN -> Boolean.toString(values.firstKey().trim().equals("true") || values.firstKey().trim().equals("1"));
            case STRING -> String.join(PropertyGraphBuilder.SEPARATOR, values.keySet());
        };
    }

    private static AttributeType typeOf(Node value) {
        if (!value.isLiteral()) {
            return AttributeType.STRING;
        }
        String dt = value.getLiteralDatatypeURI();
        String lex = value.getLiteralLexicalForm().trim();
        if (INTEGER_TYPES.contains(dt) && lex.matches("[+-]?\\d{1,18}")) {
            return AttributeType.LONG;
        }
        if (DECIMAL_TYPES.contains(dt) && lex.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return AttributeType.DOUBLE;
        }
        if (XSDDatatype.XSDboolean.getURI().equals(dt) && lex.matches("true|false|1|0")) {
            return AttributeType.BOOLEAN;
        }
        return AttributeType.STRING;
    }
}
