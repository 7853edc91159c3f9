package si.asociacija.workflow.registry.internal.file;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code DURS_zavezanci_DEJ.txt}: lines of 424 characters, or 244 in older files, whose name and address
 * columns differ. Self-employed in culture are the lines whose name ends in "SAMOZAPOSLENI V KULTURI".
 */
final class FursDejLayout implements FixedWidthLayout {

    private static final String IN_CULTURE = "SAMOZAPOSLENI V KULTURI";
    private static final Map<Integer, Columns> BY_WIDTH = Map.of(
            424, new Columns(281, 308, 422),
            244, new Columns(100, 128, 242));

    private record Columns(int nameLength, int address, int taxOffice) {
    }

    @Override
    public List<Integer> widths() {
        return List.of(424, 244);
    }

    @Override
    public TaxpayerRow row(String line) {
        Columns columns = BY_WIDTH.get(line.length());
        String name = Fields.column(line, 27, columns.nameLength());
        return new TaxpayerRow(RegisterSource.FURS_DEJ, Fields.taxNumber(line, 0), Fields.column(line, 9, 10),
                false, null, Fields.column(line, 20, 6), name, Fields.column(line, columns.address(), 113),
                Fields.column(line, columns.taxOffice(), 2), inCulture(name));
    }

    private static boolean inCulture(String name) {
        return name != null && name.toUpperCase(Locale.ROOT).endsWith(IN_CULTURE);
    }
}
