package si.asociacija.workflow.advocacy.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

import si.asociacija.workflow.shared.Texts;

/**
 * The position as the government receives it: a PDF in Slovene with the association's name, the draft it
 * answers, the board's resolution and the text (one font with č, š and ž, shipped in OpenPDF's jar).
 */
@Component
class PositionPdf {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final String LANGUAGE = "sl";

    private final Texts texts;

    PositionPdf(Texts texts) {
        this.texts = texts;
    }

    byte[] render(AdvocacyCase c, LocalDate date) {
        Font normal;
        Font bold;
        Font title;
        try {
            BaseFont font = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            normal = new Font(font, 11);
            bold = new Font(font, 11, Font.BOLD);
            title = new Font(font, 15, Font.BOLD);
        } catch (IOException e) {
            throw new IllegalStateException("The font of the position is missing: " + FONT, e);
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 60, 60, 60, 60);
        PdfWriter.getInstance(document, pdf);
        document.addTitle(text("title") + " " + c.getReference());
        document.addAuthor(text("association"));
        document.open();
        document.add(new Paragraph(text("association"), bold));
        document.add(new Paragraph(text("reference", c.getReference(), AdvocacyTaskTexts.date(date)), normal));
        document.add(new Paragraph(" ", normal));
        document.add(new Paragraph(text("title") + ": " + c.getTitle(), title));
        if (c.getProposer() != null) {
            document.add(new Paragraph(text("proposer", c.getProposer()), normal));
        }
        if (c.getLink() != null) {
            document.add(new Paragraph(c.getLink(), normal));
        }
        if (c.getResolutionNumber() != null) {
            document.add(new Paragraph(text("resolution", c.getResolutionNumber()), normal));
        }
        document.add(new Paragraph(" ", normal));
        for (String paragraph : c.getPositionText().split("\\R\\s*\\R")) {
            Paragraph p = new Paragraph(paragraph.strip(), normal);
            p.setSpacingAfter(8);
            document.add(p);
        }
        document.close();
        return pdf.toByteArray();
    }

    private String text(String key, Object... args) {
        return texts.text("advocacy.pdf." + key, LANGUAGE, args);
    }
}
