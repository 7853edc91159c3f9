package si.asociacija.workflow.assembly.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code asociacija.assembly.*}: how long before the assembly the notice must go out, and how many
 * members one member may represent by proxy.
 */
@ConfigurationProperties("asociacija.assembly")
record AssemblySettings(@DefaultValue("P14D") Duration noticePeriod,
                        @DefaultValue("2") int maxProxiesPerHolder) {
}
