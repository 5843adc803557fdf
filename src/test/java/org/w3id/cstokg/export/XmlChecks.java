package org.w3id.cstokg.export;

import java.io.StringReader;
import java.net.URL;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** XSD validation against the schemas in {@code src/test/resources/export/xsd/}, and XPath over the result. */
final class XmlChecks {
    private XmlChecks() {}

    static Schema schema(String file) {
        URL url = XmlChecks.class.getResource("/export/xsd/" + file);
        if (url == null) {
            throw new IllegalStateException("missing schema /export/xsd/" + file);
        }
        try {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(url);
        } catch (SAXException ex) {
            throw new IllegalStateException("cannot load schema " + file, ex);
        }
    }

    /** Validates, throwing the first schema violation. */
    static void validate(String xml, String schemaFile) throws Exception {
        schema(schemaFile).newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static int count(Document doc, String xpath) throws Exception {
        return ((Double) XPathFactory.newInstance().newXPath().evaluate("count(" + xpath + ")", doc,
                XPathConstants.NUMBER)).intValue();
    }

    static String string(Document doc, String xpath) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(xpath, doc);
    }
}
