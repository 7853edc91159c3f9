package si.asociacija.workflow.registry.internal.file;

/** The registers whose open files are imported. */
public enum RegisterSource {
    /** Poslovni register Slovenije (AJPES): business units, keyed by matična številka. */
    PRS,
    /** FURS list of legal persons (DURS_zavezanci_PO): tax number, VAT status, matična številka. */
    FURS_PO,
    /** FURS list of natural persons with a registered activity (DURS_zavezanci_DEJ). */
    FURS_DEJ
}
