/**
 * Membership: applications (public intake, completeness check, board decision, outcome), their
 * status page, and the member register.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Membership")
package si.asociacija.workflow.membership;
