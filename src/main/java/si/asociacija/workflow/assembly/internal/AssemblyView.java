package si.asociacija.workflow.assembly.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonProperty;

import si.asociacija.workflow.shared.ReferenceNumbers;

/** An assembly as staff and members read it: times in Ljubljana, the agenda in order. */
record AssemblyView(String reference, String title, LocalDateTime startsAt, String place, boolean remoteVoting,
                    String state, List<ItemView> items) {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d. M. yyyy 'ob' HH:mm").withZone(ReferenceNumbers.ZONE);

    /** An item; {@code voting} is PENDING, OPEN or CLOSED; {@code result} once it is closed (null for information). */
    record ItemView(int number, String title, String description, String kind, String ballot, Integer seats,
                    List<String> candidates, String voting, Result result) {
    }

    /** A closed item's result; {@code votes} lists member and choice for named ballots only. */
    record Result(int turnout, int eligible, @JsonProperty("for") int votesFor, int against, int abstain, String outcome, boolean tie,
                  List<String> elected, List<NamedVote> votes) {
    }

    record NamedVote(String member, String choice) {
    }

    static AssemblyView of(Assembly a) {
        return of(a, item -> List.of());
    }

    static AssemblyView of(Assembly a, Function<AgendaItem, List<NamedVote>> namedVotes) {
        return new AssemblyView(a.getReference(), a.getTitle(), local(a.getStartsAt()), a.getPlace(), a.isRemoteVoting(),
                a.getState().name(), a.getItems().stream().map(i -> item(i, namedVotes)).toList());
    }

    private static ItemView item(AgendaItem i, Function<AgendaItem, List<NamedVote>> namedVotes) {
        Result result = i.getOutcome() == null ? null : new Result(i.getTurnout(), i.getEligible(), zero(i.getVotesFor()),
                zero(i.getVotesAgainst()), zero(i.getVotesAbstain()), i.getOutcome().name(), Boolean.TRUE.equals(i.getTie()),
                i.getElected(), namedVotes.apply(i));
        return new ItemView(i.getNumber(), i.getTitle(), i.getDescription(), i.getKind().name(), i.getBallot().name(),
                i.getSeats(), i.getCandidates(), i.getVoting().name(), result);
    }

    static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ReferenceNumbers.ZONE);
    }

    /** A count not yet known (an item not closed) as 0. */
    static int zero(Integer value) {
        return value == null ? 0 : value;
    }

    /**
     * For staff, the live view: the assembly, how many members it convened ({@code entitled}), how many are
     * present and represented, whether it is quorate, until when its start is postponed, and each item's result.
     */
    record Staff(String reference, String title, LocalDateTime startsAt, String place, boolean remoteVoting, String state,
                 long entitled, long present, long represented, Boolean quorate, LocalDateTime postponedUntil,
                 List<String> workingBodies, List<ItemView> items) {

        static Staff of(Assembly a, Registration.Count count, Function<AgendaItem, List<NamedVote>> namedVotes) {
            AssemblyView v = AssemblyView.of(a, namedVotes);
            List<String> bodies = a.getChair() == null ? List.of()
                    : Stream.concat(Stream.of(a.getChair(), a.getRecorder()), a.getVerifiers().stream()).toList();
            return new Staff(v.reference(), v.title(), v.startsAt(), v.place(), v.remoteVoting(), v.state(), count.entitled(),
                    count.present(), count.represented(), a.getQuorate(), local(a.getPostponedUntil()), bodies, v.items());
        }
    }

    /**
     * For the member on their link: the assembly, their own voting rights, whom they authorised
     * ({@code proxyGivenTo}), whom they represent ({@code proxiesHeld}), whether they are checked in
     * ({@code attendance}) and, while an item is open, its ballot.
     */
    record Member(AssemblyView assembly, String membershipNumber, boolean votingRights, String proxyGivenTo,
                  List<String> proxiesHeld, String attendance, Ballot ballot, boolean minutes) {
    }

    /** The open item's ballot: for whom this member may still vote ({@code voteFor}: themselves and those they represent). */
    record Ballot(int item, String title, String kind, String ballot, List<String> choices, Integer seats,
                  List<String> voteFor) {
    }
}
