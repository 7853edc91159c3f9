package si.asociacija.workflow.advocacy.internal.watch;

/** How a watched source publishes its items, and so how it is read. */
enum SourceType {
    /** The government's drafts in public consultation, per ministry, page by page ({@link EDemokracijaList}). */
    E_DEMOKRACIJA,
    /** The National Assembly's bills in one file, {@code PZ.XML} ({@link NationalAssemblyBills}). */
    NATIONAL_ASSEMBLY,
    /** An RSS 2.0 or Atom feed ({@link Feed}). */
    FEED
}
