/**
 * Who may do what: login for the product's API (HTTP Basic against the Camunda identity service),
 * the engine REST API and the webapps, the groups and their Camunda authorisations, and the demo
 * accounts of the demo profile.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package si.asociacija.workflow.identity;
