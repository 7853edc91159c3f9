package si.asociacija.workflow.assembly.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import si.asociacija.workflow.shared.Texts;

/**
 * The minutes of a general assembly as a PDF in Slovene (Zapisnik skupščine): when and where it met,
 * its working bodies, who was present or represented, whether it was quorate, every agenda item with
 * its result, and the lines where the chair, the recorder and the verifiers sign.
 */
@Component
class MinutesPdf {

    private final Texts texts;

    MinutesPdf(Texts texts) {
        this.texts = texts;
    }

    byte[] render(Minutes minutes) {
        MinutesLayout layout = new MinutesLayout(texts);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter writer = PdfWriter.getInstance(document, pdf);
        writer.setCompressionLevel(9);
        document.addTitle(layout.text("title") + " " + minutes.reference());
        document.addAuthor(layout.text("association"));
        HeaderFooter footer = new HeaderFooter(new Phrase(layout.text("footer", minutes.reference()) + " ", layout.small), true);
        footer.setAlignment(Element.ALIGN_CENTER);
        footer.setBorder(Rectangle.NO_BORDER);
        document.setFooter(footer);
        document.open();
        heading(document, layout, minutes);
        meeting(document, layout, minutes);
        workingBodies(document, layout, minutes);
        attendance(document, layout, minutes);
        new MinutesItems(layout).write(document, minutes.items());
        signatures(document, layout, minutes);
        document.close();
        return pdf.toByteArray();
    }

    private static void heading(Document document, MinutesLayout layout, Minutes minutes) {
        document.add(layout.centred(layout.text("association"), layout.heading));
        document.add(layout.title(layout.text("title")));
        document.add(layout.centred(layout.text("reference", minutes.reference()), layout.normal));
        document.add(layout.centred(minutes.title(), layout.bold));
    }

    private static void meeting(Document document, MinutesLayout layout, Minutes minutes) {
        document.add(layout.heading(layout.text("meeting")));
        document.add(layout.line(layout.text("startsAt", layout.time(minutes.startsAt()))));
        document.add(layout.line(layout.text("place", minutes.place())));
        document.add(layout.line(layout.text(minutes.remoteVoting() ? "remoteAllowed" : "remoteNotAllowed")));
        if (minutes.postponedUntil() != null) {
            document.add(layout.line(layout.text("postponed", layout.time(minutes.postponedUntil()))));
        }
        if (minutes.openedAt() != null) {
            document.add(layout.line(layout.text("opened", layout.time(minutes.openedAt()))));
        }
    }

    private static void workingBodies(Document document, MinutesLayout layout, Minutes minutes) {
        document.add(layout.heading(layout.text("bodies")));
        document.add(layout.line(layout.text("chair", nameOrDash(minutes.chair()))));
        document.add(layout.line(layout.text("recorder", nameOrDash(minutes.recorder()))));
        document.add(layout.line(layout.text("verifiers", minutes.verifiers().isEmpty() ? "–"
                : String.join(", ", minutes.verifiers()))));
    }

    private static void attendance(Document document, MinutesLayout layout, Minutes minutes) {
        long inPerson = minutes.attendees().stream().filter(a -> "IN_PERSON".equals(a.mode())).count();
        long remote = minutes.attendees().size() - inPerson;
        document.add(layout.heading(layout.text("attendance")));
        document.add(layout.line(layout.text("entitled", minutes.entitled())));
        document.add(layout.line(layout.text("inPerson", inPerson)));
        document.add(layout.line(layout.text("remote", remote)));
        document.add(layout.line(layout.text("byProxy", minutes.proxies().size())));
        document.add(layout.line(layout.text("represented", minutes.attendees().size() + minutes.proxies().size()), layout.bold));
        if (!minutes.attendees().isEmpty()) {
            document.add(layout.line(layout.text("attendees"), layout.bold));
            PdfPTable table = layout.table(new float[] {2, 6, 3},
                    List.of(layout.text("column.number"), layout.text("column.name"), layout.text("column.mode")));
            for (Minutes.Attendee attendee : minutes.attendees()) {
                layout.row(table, attendee.membershipNumber(), attendee.name(), layout.text("mode." + attendee.mode()));
            }
            document.add(table);
        }
        if (!minutes.proxies().isEmpty()) {
            document.add(layout.line(layout.text("proxies"), layout.bold));
            PdfPTable table = layout.table(new float[] {2, 4, 2, 4}, List.of(layout.text("column.number"),
                    layout.text("column.member"), layout.text("column.number"), layout.text("column.holder")));
            for (Minutes.Proxy proxy : minutes.proxies()) {
                layout.row(table, proxy.membershipNumber(), proxy.name(), proxy.holderNumber(), proxy.holderName());
            }
            document.add(table);
        }
        document.add(layout.line(layout.text(minutes.quorate() ? "quorate" : "notQuorate"), layout.bold));
    }

    private static void signatures(Document document, MinutesLayout layout, Minutes minutes) {
        PdfPCell heading = new PdfPCell();
        heading.setColspan(2);
        heading.setBorder(Rectangle.NO_BORDER);
        heading.setPadding(0);
        heading.addElement(layout.heading(layout.text("signatures")));
        List<PdfPCell> cells = new ArrayList<>(List.of(heading));
        cells.add(layout.signature(layout.text("sign.chair"), minutes.chair()));
        cells.add(layout.signature(layout.text("sign.recorder"), minutes.recorder()));
        for (String verifier : minutes.verifiers()) {
            cells.add(layout.signature(layout.text("sign.verifier"), verifier));
        }
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        table.setSpacingBefore(8);
        cells.forEach(table::addCell);
        table.completeRow();
        document.add(table);
    }

    private static String nameOrDash(String name) {
        return name == null || name.isBlank() ? "–" : name;
    }
}
