package si.asociacija.workflow.assembly.internal;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import si.asociacija.workflow.shared.InvalidInputException;

/**
 * {@code POST /assembly/{token}/items/{n}/vote}: {@code choice} or {@code candidates}, and {@code for} when voting by
 * proxy. No other key: every key is optional, so a misspelt {@code for} or {@code candidates} would otherwise cast a
 * ballot other than the one meant (the holder's own vote, a blank ballot), and a vote is cast once.
 */
record VoteRequest(String choice, List<String> candidates, @JsonProperty("for") String forMember,
                   @JsonAnySetter Map<String, Object> otherKeys) {

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_-]{1,50}");

    Ballots.Cast cast() {
        if (otherKeys != null && !otherKeys.isEmpty()) {
            String key = otherKeys.keySet().iterator().next();
            throw InvalidInputException.of(PLAIN_KEY.matcher(key).matches() ? key : "vote",
                    "is not a key of a vote: choice, candidates, for");
        }
        return new Ballots.Cast(choice, candidates, forMember);
    }
}
