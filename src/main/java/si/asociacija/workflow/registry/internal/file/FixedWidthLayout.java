package si.asociacija.workflow.registry.internal.file;

import java.util.List;

/** Where the fields of a fixed-width register line are, by the line's width. */
interface FixedWidthLayout {

    /** The widths, in characters, a line of this layout may have. */
    List<Integer> widths();

    /**
     * The record of a line of one of those widths.
     *
     * @throws RejectedLine when a field does not hold what it must
     */
    TaxpayerRow row(String line);
}
