/**
 * Email: templates in Slovene and English, the transactional outbox and the Camel route that
 * delivers it over SMTP, and the embedded mail server of the demo.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package si.asociacija.workflow.mail;
