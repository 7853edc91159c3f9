package si.asociacija.workflow.advocacy.internal.watch;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jsoup.Jsoup;

import si.asociacija.workflow.shared.SafeXml;

/**
 * An RSS 2.0 or Atom feed staff added (a municipality's news, a funder's calls): each {@code item} or
 * {@code entry} with its id ({@code guid} or {@code id}, else its link), title, link, date and summary
 * (its HTML reduced to text). An item without a title, or without an id and a link, is skipped with a log line;
 * a feed none of whose items can be read has changed its layout.
 */
final class Feed {

    private static final XMLInputFactory FACTORY = SafeXml.inputFactory();

    private Feed() {
    }

    static List<Draft> parse(String source, InputStream xml) {
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(xml);
            try {
                reader.nextTag();
                String root = reader.getLocalName();
                String item = switch (root) {
                    case "rss" -> "item";
                    case "feed" -> "entry";
                    default -> throw new SourceLayoutChanged(source, "neither an RSS nor an Atom feed (root " + root + ")");
                };
                UnreadableItems items = new UnreadableItems(source);
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT && item.equals(reader.getLocalName())) {
                        Map<String, String> fields = fields(reader, item);
                        items.read(() -> draft(source, fields));
                    }
                }
                return items.drafts();
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new SourceLayoutChanged(source, "not well-formed XML", e);
        }
    }

    /** The item's simple fields by name; an Atom link's address under {@code link}, the first alternate one. */
    private static Map<String, String> fields(XMLStreamReader reader, String item) throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String name = reader.getLocalName();
                if ("link".equals(name) && reader.getAttributeValue(null, "href") != null) {
                    String rel = reader.getAttributeValue(null, "rel");
                    if (rel == null || "alternate".equals(rel)) {
                        fields.putIfAbsent("link", reader.getAttributeValue(null, "href").strip());
                    }
                    depth++;
                } else if (depth == 1) {
                    fields.putIfAbsent(name, text(reader));
                } else {
                    depth++;
                }
            }
        }
        return fields;
    }

    /** An element's text, whatever markup it holds (Atom's XHTML content). */
    private static String text(XMLStreamReader reader) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(reader.getText());
            }
        }
        return text.toString().strip();
    }

    private static Draft draft(String source, Map<String, String> fields) {
        String link = fields.get("link");
        String id = first(fields.get("guid"), fields.get("id"), link);
        String title = fields.get("title");
        if (id == null || title == null || title.isBlank()) {
            throw new UnreadableItems.Unreadable("an item without a title or without an id and link"
                    + (id == null ? "" : " (" + id + ")"));
        }
        String summary = first(fields.get("description"), fields.get("summary"), fields.get("content"));
        String text = summary == null ? null : Jsoup.parse(summary).text();
        return new Draft(source, source + ":" + id, Jsoup.parse(title).text(), null, null, link,
                date(first(fields.get("pubDate"), fields.get("updated"), fields.get("published"))), SlovenianDates.deadline(text), text);
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /** RSS dates are RFC 1123 ({@code Fri, 14 Mar 2025 09:30:00 +0100}), Atom's RFC 3339; an unreadable one is left out. */
    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException notRss) {
            try {
                return OffsetDateTime.parse(text).toLocalDate();
            } catch (DateTimeParseException notAtom) {
                return null;
            }
        }
    }
}
