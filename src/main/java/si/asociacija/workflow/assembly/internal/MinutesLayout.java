package si.asociacija.workflow.assembly.internal;

import java.awt.Color;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import si.asociacija.workflow.shared.Texts;

/**
 * The look of the minutes: their Slovene texts, one embedded font that has č, š and ž
 * (LiberationSans, shipped in OpenPDF's jar, so it travels with the application), headings,
 * lines and tables whose header repeats on every page.
 */
final class MinutesLayout {

    static final String LANGUAGE = "sl";
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. M. yyyy");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");
    private static final Color HEADER_SHADE = new Color(230, 230, 230);

    private final Texts texts;
    final Font normal;
    final Font bold;
    final Font small;
    final Font smallBold;
    final Font heading;
    final Font title;

    MinutesLayout(Texts texts) {
        this.texts = texts;
        BaseFont font;
        try {
            font = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new IllegalStateException("The font of the minutes is missing: " + FONT, e);
        }
        normal = new Font(font, 10);
        bold = new Font(font, 10, Font.BOLD);
        small = new Font(font, 9);
        smallBold = new Font(font, 9, Font.BOLD);
        heading = new Font(font, 12, Font.BOLD);
        title = new Font(font, 16, Font.BOLD);
    }

    /** The text under {@code assembly.minutes.<key>}. */
    String text(String key, Object... args) {
        return texts.text("assembly.minutes." + key, LANGUAGE, args);
    }

    /** A date and time as the minutes write it: {@code 14. 3. 2026 ob 17:00}. */
    String time(LocalDateTime time) {
        return text("dateTime", DATE.format(time), HOUR.format(time));
    }

    Paragraph title(String text) {
        Paragraph paragraph = new Paragraph(text, title);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    Paragraph centred(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    Paragraph heading(String text) {
        Paragraph paragraph = new Paragraph(text, heading);
        paragraph.setSpacingBefore(12);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    /** Lines that stay on one page, so that a heading is never left alone at the foot of a page. */
    PdfPTable block(List<Paragraph> lines) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        lines.forEach(cell::addElement);
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setKeepTogether(true);
        block.setSpacingBefore(8);
        block.addCell(cell);
        return block;
    }

    Paragraph line(String text) {
        return line(text, normal);
    }

    Paragraph line(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingAfter(2);
        return paragraph;
    }

    /** A table of {@code columns} (relative widths), the header repeated on every page it runs over. */
    PdfPTable table(float[] widths, List<String> headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = cell(header, smallBold);
            cell.setBackgroundColor(HEADER_SHADE);
            table.addCell(cell);
        }
        return table;
    }

    void row(PdfPTable table, String... cells) {
        for (String text : cells) {
            table.addCell(cell(text, small));
        }
    }

    /** A place to sign: a line, the role under it and the person's name. */
    PdfPCell signature(String role, String name) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingTop(28);
        cell.setPaddingRight(24);
        cell.addElement(new Paragraph("_".repeat(34), normal));
        cell.addElement(new Paragraph(role, small));
        cell.addElement(new Paragraph(name == null ? "" : name, normal));
        return cell;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(3);
        return cell;
    }
}
