/**
 * Advocacy: draft legislation and public funding rules watched at their sources (the government's public
 * consultations on e-Demokracija, the National Assembly's bills, feeds staff add), members' views gathered,
 * a position the board stands behind, submitted on time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Advocacy")
package si.asociacija.workflow.advocacy;
