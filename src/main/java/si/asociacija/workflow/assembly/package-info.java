/**
 * The general assembly (skupščina): convening every member with voting rights with notice, the agenda,
 * and each member's personal link to the assembly.
 */
@ApplicationModule(displayName = "Assembly")
package si.asociacija.workflow.assembly;

import org.springframework.modulith.ApplicationModule;
