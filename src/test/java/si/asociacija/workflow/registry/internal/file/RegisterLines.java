package si.asociacija.workflow.registry.internal.file;

import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Records written as lines of the published register files, each ended by CRLF. */
public final class RegisterLines {

    static final String CSV_HEADER = "\"Matična številka\",\"Popolno ime\",\"HSEID\",\"Pravnoorganizacijska oblika\","
            + "\"Registrski organ\",\"Ulica\",\"Hišna št \",\"Hišna št  dodatek\",\"Naselje\",\"Poštna št \",\"Pošta\","
            + "\"Država\"\r\n";
    static final String XML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<Prs>\r\n"
            + "<PodatkiObdelave datum=\"2026-11-15\"/>\r\n";
    static final String XML_TAIL = "</Prs>\r\n";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private RegisterLines() {
    }

    public static String csv(OrganisationRow unit) {
        return Stream.of(unit.registrationNumber(), unit.name(), "1004" + unit.registrationNumber() + "0000",
                unit.legalForm(), unit.authority(), unit.street(), unit.houseNumber(), unit.houseNumberSuffix(),
                unit.settlement(), unit.postCode(), unit.postOffice(), unit.country())
                .map(value -> "\"" + Objects.toString(value, "").replace("\"", "\"\"") + "\"")
                .collect(Collectors.joining(",", "", "\r\n"));
    }

    public static String xml(OrganisationRow unit) {
        return "<PS ma=\"" + unit.registrationNumber() + "\"><PopolnoIme>" + escaped(unit.name())
                + "</PopolnoIme><Oblika>" + escaped(unit.legalForm()) + "</Oblika><Organ>" + escaped(unit.authority())
                + "</Organ><N po=\"" + unit.postCode() + "\" hs=\"" + unit.houseNumber() + "\" do=\""
                + escaped(unit.houseNumberSuffix()) + "\" mid=\"1" + unit.registrationNumber() + "\"><UpravnaEnota>"
                + escaped(unit.settlement()) + "</UpravnaEnota><Obcina>" + escaped(unit.settlement())
                + "</Obcina><Posta>" + escaped(unit.postOffice()) + "</Posta><Naselje>" + escaped(unit.settlement())
                + "</Naselje><Ulica>" + escaped(unit.street()) + "</Ulica></N></PS>\r\n";
    }

    /** A PO line: 259 characters, 268 with the tax number of the VAT group of a member. */
    public static String po(TaxpayerRow taxpayer, String vatGroup) {
        String line = String.join(" ", vatGroup == null ? " " : "Č", taxpayer.vatRegistered() ? "*" : " ",
                taxpayer.taxNumber(), cell(taxpayer.registrationNumber(), 10),
                cell(taxpayer.vatSince() == null ? null : DATE.format(taxpayer.vatSince()), 10),
                cell(taxpayer.activity(), 6), cell(taxpayer.name(), 100), cell(taxpayer.address(), 113),
                taxpayer.taxOffice());
        return (vatGroup == null ? line : line + " " + vatGroup) + "\r\n";
    }

    /** A DEJ line of 424 characters, or of the older 244 (whose name column is shorter and followed by a space). */
    public static String dej(TaxpayerRow taxpayer, int width) {
        String name = width == 244 ? cell(taxpayer.name(), 100) + " " : cell(taxpayer.name(), 281);
        return String.join(" ", taxpayer.taxNumber(), cell(taxpayer.registrationNumber(), 10),
                cell(taxpayer.activity(), 6), name + cell(taxpayer.address(), 113), taxpayer.taxOffice()) + "\r\n";
    }

    /** The value cut or padded with spaces to the width of its column. */
    private static String cell(String value, int width) {
        String text = text(value);
        return text.length() >= width ? text.substring(0, width) : text + " ".repeat(width - text.length());
    }

    private static String text(String value) {
        return Objects.toString(value, "");
    }

    private static String escaped(String value) {
        return text(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
