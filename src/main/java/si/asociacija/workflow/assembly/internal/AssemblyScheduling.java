package si.asociacija.workflow.assembly.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled work of the assembly: the live turnout in Tasklist. */
@Configuration
@EnableScheduling
class AssemblyScheduling {
}
