package si.asociacija.workflow.registry.internal.file;

/** One record of a register file, as read: an {@link OrganisationRow} (PRS) or a {@link TaxpayerRow} (FURS). */
public sealed interface RegisterRow permits OrganisationRow, TaxpayerRow {

    /** What identifies the record across snapshots of the same register. */
    String key();
}
