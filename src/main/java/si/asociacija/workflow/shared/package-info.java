/**
 * The small shared kernel: human reference numbers, private-link tokens, working days, the Slovene
 * and English texts ({@link si.asociacija.workflow.shared.Texts}), the errors every capability answers
 * with, and the rules every input and request meets (strict JSON, text a person could type, parameters
 * given once, request limits, durable commits), with the Bean Validation constraints forms declare them
 * with and {@link si.asociacija.workflow.shared.Violations}, which turns broken constraints into one
 * message per field.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package si.asociacija.workflow.shared;
