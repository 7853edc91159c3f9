package si.asociacija.workflow.registry.internal.vies;

/** The question to VIES: a VAT number without its country prefix, e.g. {@code SI} and {@code 38450666}. */
record ViesRequest(String countryCode, String vatNumber) {
}
