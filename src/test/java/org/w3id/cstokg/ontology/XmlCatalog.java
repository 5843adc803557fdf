package org.w3id.cstokg.ontology;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An OASIS XML catalog ({@code catalog-v001.xml}, as Protégé and ROBOT write it): its {@code uri}
 * entries map ontology IRIs to files relative to the catalog.
 */
record XmlCatalog(Path file, Map<String, Path> entries) {
    private static final String NS = "urn:oasis:names:tc:entity:xmlns:xml:catalog";

    static XmlCatalog read(Path file) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            NodeList uris = f.newDocumentBuilder().parse(file.toFile()).getElementsByTagNameNS(NS, "uri");
            Map<String, Path> entries = new TreeMap<>();
            for (int i = 0; i < uris.getLength(); i++) {
                Element e = (Element) uris.item(i);
                if (entries.put(e.getAttribute("name"), file.resolveSibling(e.getAttribute("uri")).normalize()) != null) {
                    throw new IllegalStateException(file + ": IRI mapped twice: " + e.getAttribute("name"));
                }
            }
            return new XmlCatalog(file, Map.copyOf(entries));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the catalog " + file + ": " + e.getMessage(), e);
        }
    }

    Optional<Path> resolve(String iri) {
        return Optional.ofNullable(entries.get(iri));
    }
}
