/**
 * Assistance cases of self-employed people in culture: intake by form and by email (IMAP), triage,
 * counselling in threaded exchanges, SLAs on Slovenian working days, and reports for funders.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Counselling")
package si.asociacija.workflow.counselling;
