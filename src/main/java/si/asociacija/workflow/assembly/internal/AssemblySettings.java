package si.asociacija.workflow.assembly.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code asociacija.assembly.*}: the notice period, proxies per holder, and the statute's rules for
 * quorum, postponement and majorities.
 *
 * @param noticePeriod         how long before the assembly the notice must go out
 * @param maxProxiesPerHolder  how many members one member may represent
 * @param quorum               the share of members with voting rights that must be exceeded (present or represented)
 * @param postponement         how long a start that was not quorate is postponed
 * @param postponedMinimum     after the postponement the assembly is held with those present unless fewer came
 * @param resolutionMajority   VOTES_CAST: more FOR than AGAINST; PRESENT: more FOR than half of those who could vote
 * @param statuteChange        the share of members present that a statute change needs (reached or exceeded)
 */
@ConfigurationProperties("asociacija.assembly")
record AssemblySettings(@DefaultValue("P14D") Duration noticePeriod,
                        @DefaultValue("2") int maxProxiesPerHolder,
                        @DefaultValue("1/2") Share quorum,
                        @DefaultValue("PT30M") Duration postponement,
                        @DefaultValue("0") int postponedMinimum,
                        @DefaultValue("VOTES_CAST") ResolutionMajority resolutionMajority,
                        @DefaultValue("2/3") Share statuteChange) {

    enum ResolutionMajority { VOTES_CAST, PRESENT }
}
