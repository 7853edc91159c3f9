package si.asociacija.workflow.assembly.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import si.asociacija.workflow.assembly.internal.AgendaItem.Kind;
import si.asociacija.workflow.membership.MemberDirectory;
import si.asociacija.workflow.membership.Voter;

/** Gathers what the minutes say from the assembly, its attendance and the closed items. */
@Component
class MinutesContent {

    private final ConvocationRepository convocations;
    private final MemberDirectory members;
    private final Voting voting;
    private final BallotBox ballotBox;

    MinutesContent(ConvocationRepository convocations, MemberDirectory members, Voting voting, BallotBox ballotBox) {
        this.convocations = convocations;
        this.members = members;
        this.voting = voting;
        this.ballotBox = ballotBox;
    }

    Minutes of(Assembly assembly) {
        List<Convocation> all = convocations.findByAssemblyOrderByMembershipNumber(assembly);
        Map<String, String> names = new HashMap<>();
        members.voters(all.stream().map(Convocation::getMembershipNumber).toList())
                .forEach(v -> names.put(v.membershipNumber(), name(v)));
        all.forEach(c -> names.putIfAbsent(c.getMembershipNumber(), c.getMembershipNumber()));
        Map<String, Boolean> present = new HashMap<>();
        all.forEach(c -> present.put(c.getMembershipNumber(), c.isPresent()));
        List<Minutes.Attendee> attendees = all.stream().filter(Convocation::isPresent)
                .map(c -> new Minutes.Attendee(c.getMembershipNumber(), names.get(c.getMembershipNumber()), c.getAttendance().name()))
                .toList();
        List<Minutes.Proxy> proxies = all.stream()
                .filter(c -> c.getProxyHolder() != null && present.getOrDefault(c.getProxyHolder(), false))
                .map(c -> new Minutes.Proxy(c.getMembershipNumber(), names.get(c.getMembershipNumber()), c.getProxyHolder(),
                        names.getOrDefault(c.getProxyHolder(), c.getProxyHolder())))
                .toList();
        List<Minutes.Item> items = assembly.getItems().stream().map(i -> item(i, names)).toList();
        return new Minutes(assembly.getReference(), assembly.getTitle(), AssemblyView.local(assembly.getStartsAt()), assembly.getPlace(),
                assembly.isRemoteVoting(), AssemblyView.local(assembly.getOpenedAt()), AssemblyView.local(assembly.getPostponedUntil()),
                Boolean.TRUE.equals(assembly.getQuorate()), assembly.getChair(), assembly.getRecorder(), assembly.getVerifiers(),
                all.size(), attendees, proxies, items);
    }

    private Minutes.Item item(AgendaItem item, Map<String, String> names) {
        Minutes.Result result = null;
        if (item.isVoted() && item.getOutcome() != null) {
            List<Minutes.Vote> votes = voting.namedVotes(item).stream()
                    .map(v -> new Minutes.Vote(v.getMembershipNumber(), names.getOrDefault(v.getMembershipNumber(),
                            v.getMembershipNumber()), v.getChoice()))
                    .toList();
            List<Minutes.CandidateCount> candidates = item.getKind() != Kind.ELECTION ? List.of()
                    : ballotBox.counts(item).entrySet().stream().filter(e -> item.getCandidates().contains(e.getKey()))
                    .map(e -> new Minutes.CandidateCount(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparingInt(Minutes.CandidateCount::votes).reversed()).toList();
            result = new Minutes.Result(AssemblyView.zero(item.getVotesFor()), AssemblyView.zero(item.getVotesAgainst()),
                    AssemblyView.zero(item.getVotesAbstain()),
                    item.getOutcome().name(), Boolean.TRUE.equals(item.getTie()), item.getElected(), votes, candidates);
        }
        return new Minutes.Item(item.getNumber(), item.getTitle(), item.getDescription(), item.getKind().name(),
                item.getBallot().name(), item.getSeats() == null ? 0 : item.getSeats(), AssemblyView.zero(item.getTurnout()), result);
    }

    static String name(Voter voter) {
        return voter.representative() != null ? voter.name() + " (" + voter.representative() + ")" : voter.name();
    }
}
