/**
 * External registers and Slovenian identifiers: the EU VAT check (VIES), checksum validation of davčna
 * številka, matična številka, EMŠO and IBAN, and the constraints {@link si.asociacija.workflow.registry.TaxNumber} and
 * {@link si.asociacija.workflow.registry.RegistrationNumber} that forms declare them with.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry")
package si.asociacija.workflow.registry;
