/**
 * Decisions of the governing board: a motion, a vote by each board member within a deadline,
 * quorum and majority rules, reminders, and the numbered resolution. Process {@code board-decision},
 * used as a call activity by other processes and started by staff for any motion.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Board")
package si.asociacija.workflow.board;
