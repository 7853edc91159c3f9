package si.asociacija.workflow.advocacy.internal.watch;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import si.asociacija.workflow.shared.SafeXml;

/**
 * The National Assembly's open data on bills in the current term ({@code PZ.XML}, schema {@code pz.xsd}):
 * root {@code PZ}, one {@code PREDPIS} per bill with its card {@code KARTICA_PREDPISA} (its {@code UNID},
 * EPA number, title, proposer, stage and date); the readings and documents beside them are skipped, and so
 * are bills whose procedure has ended. A card without its UNID or title, or with a date that is none, is skipped
 * with a log line; a file none of whose cards can be read has changed its layout.
 */
final class NationalAssemblyBills {

    static final String SOURCE = "dz-pz";

    private static final XMLInputFactory FACTORY = SafeXml.inputFactory();

    private NationalAssemblyBills() {
    }

    static List<Draft> parse(InputStream xml) {
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(xml);
            try {
                return bills(reader);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new SourceLayoutChanged(SOURCE, "not well-formed XML", e);
        }
    }

    private static List<Draft> bills(XMLStreamReader reader) throws XMLStreamException {
        reader.nextTag();
        if (!"PZ".equals(reader.getLocalName())) {
            throw new SourceLayoutChanged(SOURCE, "the root element is " + reader.getLocalName() + ", not PZ");
        }
        UnreadableItems drafts = new UnreadableItems(SOURCE);
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT && "KARTICA_PREDPISA".equals(reader.getLocalName())) {
                Map<String, String> card = card(reader);
                if (!"1".equals(card.get("KARTICA_KONEC_POSTOPKA"))) {
                    drafts.read(() -> draft(card));
                }
            }
        }
        return drafts.drafts();
    }

    /** The card's fields by name (a field given more than once, like the key words, joined with commas). */
    private static Map<String, String> card(XMLStreamReader reader) throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = reader.getLocalName();
            String value = reader.getElementText().strip();
            fields.merge(name, value, (a, b) -> a + ", " + b);
        }
        return fields;
    }

    private static Draft draft(Map<String, String> card) {
        String unid = card.get("UNID");
        String title = card.get("KARTICA_NAZIV");
        if (unid == null || unid.isBlank() || title == null || title.isBlank()) {
            throw new UnreadableItems.Unreadable("a bill's card without UNID or KARTICA_NAZIV"
                    + (unid == null ? "" : " (" + unid + ")"));
        }
        String epa = card.get("KARTICA_EPA");
        return new Draft(SOURCE, SOURCE + ":" + unid, epa == null || epa.isBlank() ? title : title + " (EPA " + epa + ")",
                blankToNull(card.get("KARTICA_PREDLAGATELJ")), blankToNull(card.get("KARTICA_FAZA_POSTOPKA")),
                blankToNull(card.get("KARTICA_URL_DZ")), date(card.get("KARTICA_DATUM")), null,
                blankToNull(card.get("KARTICA_KLJUCNE_BESEDE")));
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UnreadableItems.Unreadable("KARTICA_DATUM is not a date: " + text);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
