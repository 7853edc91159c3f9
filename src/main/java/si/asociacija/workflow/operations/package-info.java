/**
 * Running the product: the engine's health (job executor, due and failed jobs) and open incidents for the
 * operators, log lines that carry the case reference, and the nightly clean-up of the engine's history.
 * Each capability reports its own health and figures; this module only those of the engine as a whole.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations")
package si.asociacija.workflow.operations;
