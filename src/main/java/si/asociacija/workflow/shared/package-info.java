/**
 * The small shared kernel: human reference numbers, private-link tokens and the errors every
 * capability answers with.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package si.asociacija.workflow.shared;
