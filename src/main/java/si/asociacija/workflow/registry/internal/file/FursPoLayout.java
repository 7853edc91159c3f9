package si.asociacija.workflow.registry.internal.file;

import java.util.List;

/**
 * {@code DURS_zavezanci_PO.txt}: lines of 259 characters, 268 for a member of a VAT group (the group's
 * tax number at the end, not kept).
 */
final class FursPoLayout implements FixedWidthLayout {

    @Override
    public List<Integer> widths() {
        return List.of(259, 268);
    }

    @Override
    public TaxpayerRow row(String line) {
        return new TaxpayerRow(RegisterSource.FURS_PO, Fields.taxNumber(line, 4), Fields.column(line, 13, 10),
                line.charAt(2) == '*', Fields.date(line, 24), Fields.column(line, 35, 6),
                Fields.column(line, 42, 100), Fields.column(line, 143, 113), Fields.column(line, 257, 2), false);
    }
}
