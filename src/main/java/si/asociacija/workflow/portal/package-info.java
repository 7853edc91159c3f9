/**
 * The public face: the private status page of each case (HTML for people, JSON for programs), the
 * answers people give there, the links that go out in emails and the size limit of public requests.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package si.asociacija.workflow.portal;
