package si.asociacija.workflow.advocacy.internal;

/** How the approved position reached the government. */
enum SubmissionChannel {
    /** An email with the position as PDF to the consultation's address, kept with its Message-ID. */
    EMAIL,
    /** Staff filled in the e-Demokracija form and keep its receipt. */
    E_DEMOKRACIJA
}
