/**
 * External registers and Slovenian identifiers: checksum validation of davčna številka,
 * matična številka, EMŠO and IBAN.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry")
package si.asociacija.workflow.registry;
