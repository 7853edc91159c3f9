package si.asociacija.workflow.registry.internal.file;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import si.asociacija.workflow.shared.SafeXml;

/**
 * {@code Prs.xml}: root {@code Prs}, one {@code PS} per business unit (attribute {@code ma}) with its name,
 * legal form, authority and an address {@code N}; other elements are skipped. No DTD is read and no
 * external entity resolved.
 */
final class PrsXmlReader {

    private static final XMLInputFactory FACTORY = SafeXml.inputFactory();

    void read(InputStream in, RegisterRows rows) throws IOException {
        try {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
            try {
                units(xml, rows);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof IOException cause) {
                throw cause;
            }
            throw malformed(e);
        }
    }

    private static void units(XMLStreamReader xml, RegisterRows rows) throws XMLStreamException {
        while (xml.next() != XMLStreamConstants.START_ELEMENT) {
            continue;
        }
        if (!"Prs".equals(xml.getLocalName())) {
            throw new BrokenRegisterFile("unknown layout: the root element is <" + xml.getLocalName() + ">, not <Prs>");
        }
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if ("PS".equals(xml.getLocalName())) {
                unit(xml, rows);
            } else {
                element(xml, new HashMap<>());
            }
        }
        while (xml.hasNext()) {
            xml.next();
        }
    }

    private static void unit(XMLStreamReader xml, RegisterRows rows) throws XMLStreamException {
        long line = xml.getLocation().getLineNumber();
        String ma = xml.getAttributeValue(null, "ma");
        Map<String, String> values = new HashMap<>();
        element(xml, values);
        try {
            rows.row(new OrganisationRow(Fields.unitNumber(ma), values.get("PopolnoIme"), values.get("Oblika"),
                    values.get("Organ"), values.get("Ulica"), values.get("hs"), values.get("do"),
                    values.get("Naselje"), values.get("po"), values.get("Posta"), null));
        } catch (RejectedLine e) {
            rows.rejected(line, e.getMessage());
        }
    }

    /**
     * Reads the element the reader is at to its end, keeping the text of each element without children and
     * the attributes of {@code N}, by name.
     */
    private static void element(XMLStreamReader xml, Map<String, String> values) throws XMLStreamException {
        int depth = 0;
        StringBuilder text = new StringBuilder();
        do {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    text.setLength(0);
                    if ("N".equals(xml.getLocalName())) {
                        attributes(xml, values);
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(xml.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    values.putIfAbsent(xml.getLocalName(), Fields.value(text.toString()));
                    text.setLength(0);
                }
                default -> {
                }
            }
        } while (depth >= 0);
    }

    private static void attributes(XMLStreamReader xml, Map<String, String> values) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            values.put(xml.getAttributeLocalName(i), Fields.value(xml.getAttributeValue(i)));
        }
    }

    private static BrokenRegisterFile malformed(XMLStreamException e) {
        Location at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
        String message = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^ParseError at .*?Message: ", "");
        return new BrokenRegisterFile("malformed XML" + where + ": " + message, e);
    }
}
