package si.asociacija.workflow.assembly.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code POST /assembly/{token}/items/{n}/vote}: {@code choice} or {@code candidates}, and {@code for} when voting by proxy. */
record VoteRequest(String choice, List<String> candidates, @JsonProperty("for") String forMember) {
}
