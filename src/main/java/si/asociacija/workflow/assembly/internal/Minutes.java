package si.asociacija.workflow.assembly.internal;

import java.time.LocalDateTime;
import java.util.List;

/** What the minutes of an assembly say: everything the PDF prints, already decided. */
record Minutes(String reference, String title, LocalDateTime startsAt, String place, boolean remoteVoting,
               LocalDateTime openedAt, LocalDateTime postponedUntil, boolean quorate,
               String chair, String recorder, List<String> verifiers,
               long entitled, List<Attendee> attendees, List<Proxy> proxies, List<Item> items) {

    /** A member present: {@code mode} is IN_PERSON or REMOTE. */
    record Attendee(String membershipNumber, String name, String mode) { }

    /** A member represented by another present member. */
    record Proxy(String membershipNumber, String name, String holderNumber, String holderName) { }

    /** An agenda item; {@code result} is null for an INFORMATION item. kind: INFORMATION, RESOLUTION, STATUTE_CHANGE, ELECTION; ballot: NAMED, SECRET. */
    record Item(int number, String title, String description, String kind, String ballot, int seats,
                int turnout, Result result) { }

    /** outcome: ADOPTED or REJECTED (elections: ADOPTED when every seat is filled without a tie). votes: named ballots only. candidates: election counts in order of votes. */
    record Result(int votesFor, int against, int abstain, String outcome, boolean tie, List<String> elected,
                  List<Vote> votes, List<CandidateCount> candidates) { }

    record Vote(String membershipNumber, String name, String choice) { }   // choice FOR, AGAINST, ABSTAIN

    record CandidateCount(String candidate, int votes) { }
}
