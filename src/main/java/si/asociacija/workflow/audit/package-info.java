/**
 * The audit trail: who changed what and when for applications, members, board and assembly votes,
 * assistance cases and identities. Capabilities publish {@link si.asociacija.workflow.audit.Audited}
 * in the transaction of the change; the entry is written in that transaction, so it exists exactly when
 * the change committed, and is kept as long as the records (the engine's history clean-up does not touch
 * it). Admins read it with {@code GET /api/audit}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package si.asociacija.workflow.audit;
