/**
 * Personal data as the law asks: what the product holds on a person, found by their email address, is
 * exported on request (subject access). Each capability that holds personal data offers it through
 * {@link si.asociacija.workflow.privacy.PersonalData}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Personal data")
package si.asociacija.workflow.privacy;
