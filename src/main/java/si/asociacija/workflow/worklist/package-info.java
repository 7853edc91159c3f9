/**
 * The work people see in Tasklist: every task named with the reference and the person it is about,
 * and each group's filters (with their authorisations) created at start-up.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Worklist")
package si.asociacija.workflow.worklist;
