package si.asociacija.workflow.mail.internal;

import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The plain-text part of a mail, made from its HTML body: paragraphs on lines of their own, list items
 * as {@code - item}, a link as its text followed by {@code <address>} when the two differ. Line breaks
 * that the HTML keeps ({@code white-space: pre-line}, {@code <pre>}) stay.
 */
final class PlainText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "blockquote", "pre", "ul", "ol", "table", "tr",
            "h1", "h2", "h3", "h4", "h5", "h6", "hr");
    private static final String KEEPS_LINE_BREAKS = "pre, [style~=white-space:\\s*pre]";
    private static final Pattern SPACES = Pattern.compile("[ \\t\\r\\f]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private PlainText() {
    }

    static String of(String html) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode words) {
                    text.append(keepsLineBreaks(words) ? words.getWholeText() : words.text());
                } else if (node instanceof Element element) {
                    opening(element, text);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    closing(element, text);
                }
            }
        }, Jsoup.parse(html).body());
        return tidy(text);
    }

    private static void opening(Element element, StringBuilder text) {
        switch (element.normalName()) {
            case "br" -> text.append('\n');
            case "li" -> text.append("\n- ");
            default -> {
                if (BLOCKS.contains(element.normalName())) {
                    text.append("\n\n");
                }
            }
        }
    }

    private static void closing(Element element, StringBuilder text) {
        if (element.normalName().equals("a")) {
            String href = element.attr("href").strip();
            String label = element.text().strip();
            if (!href.isEmpty() && !href.startsWith("#") && !href.equals(label) && !href.equals("mailto:" + label)) {
                text.append(" <").append(href).append('>');
            }
        } else if (BLOCKS.contains(element.normalName())) {
            text.append("\n\n");
        }
    }

    private static boolean keepsLineBreaks(TextNode words) {
        Element parent = words.parent();
        return parent != null && parent.closest(KEEPS_LINE_BREAKS) != null;
    }

    /** One space between words, no space at either end of a line, at most one empty line in a row. */
    private static String tidy(CharSequence text) {
        StringBuilder lines = new StringBuilder();
        text.toString().lines().forEach(line -> lines.append(SPACES.matcher(line).replaceAll(" ").strip()).append('\n'));
        return BLANK_LINES.matcher(lines).replaceAll("\n\n").strip();
    }
}
