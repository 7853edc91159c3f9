package si.asociacija.workflow.registry;

/**
 * Who is checked against the registers: an organisation (by matična and davčna številka) or a person
 * (by davčna številka, when given), under the reference of their application.
 */
public record Applicant(String reference, boolean organisation, String name, String registrationNumber, String taxNumber) {
}
