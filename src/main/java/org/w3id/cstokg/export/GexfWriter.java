package org.w3id.cstokg.export;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link PropertyGraph} as GEXF 1.2draft with its {@link Drawing}: each node's
 * {@code viz:color} (its group's colour, as /explore shows it), {@code viz:position} and
 * {@code viz:size}, so Gephi opens it coloured and laid out. GEXF's own {@code label} attributes
 * hold the node label and the edge's relation, which Gephi shows. Written with StAX, since
 * jgrapht-io's GEXF exporter writes no {@code viz:} elements.
 */
public final class GexfWriter {
    static final String NS = "http://www.gexf.net/1.2draft";
    static final String VIZ = "http://www.gexf.net/1.2draft/viz";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final XMLStreamWriter xml;
    private int depth;

    private GexfWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    public static void write(PropertyGraph pg, Writer out) {
        write(pg, Drawing.of(pg), out);
    }

    /** Writes {@code pg} with the looks of {@code drawing}. */
    public static void write(PropertyGraph pg, Drawing drawing, Writer out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            new GexfWriter(xml).document(pg, drawing);
            xml.flush();
        } catch (XMLStreamException e) {
            throw new ExportException("Cannot write GEXF: " + e.getMessage(), e);
        }
    }

    private void document(PropertyGraph pg, Drawing drawing) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        open("gexf");
        xml.writeDefaultNamespace(NS);
        xml.writeNamespace("viz", VIZ);
        xml.writeNamespace("xsi", XSI);
        xml.writeAttribute(XSI, "schemaLocation", NS + " http://www.gexf.net/1.2draft/gexf.xsd");
        xml.writeAttribute("version", "1.2");
        open("meta");
        text("creator", "csto-kg");
        text("description", "Property-graph view of the csto-kg knowledge graph; see docs/explorers.md");
        close();
        open("graph");
        xml.writeAttribute("defaultedgetype", "directed");
        List<String> nodeColumns = new ArrayList<>(pg.columns().keySet());
        nodeColumns.remove(PropertyGraph.LABEL);
        List<String> edgeColumns = List.of(PropertyGraph.RELATION, PropertyGraph.PROPERTY);
        attributes("node", nodeColumns, pg.columns());
        attributes("edge", edgeColumns, Map.of());
        open("nodes");
        for (PropertyGraph.Node n : pg.nodes()) {
            node(n, drawing.look(n.id()), nodeColumns);
        }
        close();
        open("edges");
        for (PropertyGraph.Edge e : pg.edges()) {
            open("edge");
            xml.writeAttribute("id", e.id());
            xml.writeAttribute("source", e.source());
            xml.writeAttribute("target", e.target());
            xml.writeAttribute("label", e.relation());
            attvalues(e.data(), edgeColumns);
            close();
        }
        close();
        close();
        close();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    private void node(PropertyGraph.Node n, Drawing.Look look, List<String> columns) throws XMLStreamException {
        open("node");
        xml.writeAttribute("id", n.id());
        xml.writeAttribute("label", n.label());
        attvalues(n.data(), columns);
        int[] rgb = look.group().rgb();
        viz("color", "r", rgb[0], "g", rgb[1], "b", rgb[2]);
        // Gephi's y axis points up, a screen's down: negated, Gephi shows the picture /explore shows.
        viz("position", "x", look.x(), "y", -look.y(), "z", 0);
        viz("size", "value", look.size());
        close();
    }

    private void attributes(String kind, List<String> columns, Map<String, AttributeType> types) throws XMLStreamException {
        open("attributes");
        xml.writeAttribute("class", kind);
        for (int i = 0; i < columns.size(); i++) {
            indent();
            xml.writeEmptyElement("", "attribute", NS);
            xml.writeAttribute("id", Integer.toString(i));
            xml.writeAttribute("title", columns.get(i));
            xml.writeAttribute("type", types.getOrDefault(columns.get(i), AttributeType.STRING).name().toLowerCase(java.util.Locale.ROOT));
        }
        close();
    }

    private void attvalues(Map<String, String> data, List<String> columns) throws XMLStreamException {
        open("attvalues");
        for (int i = 0; i < columns.size(); i++) {
            String value = data.get(columns.get(i));
            if (value != null) {
                indent();
                xml.writeEmptyElement("", "attvalue", NS);
                xml.writeAttribute("for", Integer.toString(i));
                xml.writeAttribute("value", value);
            }
        }
        close();
    }

    private void viz(String name, Object... attributes) throws XMLStreamException {
        indent();
        xml.writeEmptyElement("viz", name, VIZ);
        for (int i = 0; i < attributes.length; i += 2) {
            xml.writeAttribute((String) attributes[i], String.valueOf(attributes[i + 1]));
        }
    }

    private void text(String name, String text) throws XMLStreamException {
        indent();
        xml.writeStartElement("", name, NS);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void open(String name) throws XMLStreamException {
        if (depth > 0) indent();
        xml.writeStartElement("", name, NS);
        depth++;
    }

    private void close() throws XMLStreamException {
        depth--;
        indent();
        xml.writeEndElement();
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
