package si.asociacija.workflow.assembly.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import si.asociacija.workflow.assembly.internal.AgendaItem.Kind;

/** The ballot a member sees on their link while an item is open: the choices and for whom they may still vote. */
@Component
class MemberBallot {

    private final VoteRepository votes;
    private final Proxies proxies;

    MemberBallot(VoteRepository votes, Proxies proxies) {
        this.votes = votes;
        this.proxies = proxies;
    }

    AssemblyView.Ballot of(Convocation convocation) {
        AgendaItem item = convocation.getAssembly().getItems().stream()
                .filter(i -> i.getVoting() == AgendaItem.Stage.OPEN).findFirst().orElse(null);
        if (item == null || !convocation.isPresent()) {
            return null;
        }
        List<String> voteFor = new ArrayList<>();
        voteFor.add(convocation.getMembershipNumber());
        voteFor.addAll(proxies.heldBy(convocation));
        voteFor.removeIf(member -> votes.existsByItemIdAndMembershipNumber(item.getId(), member));
        boolean election = item.getKind() == Kind.ELECTION;
        return new AssemblyView.Ballot(item.getNumber(), item.getTitle(), item.getKind().name(), item.getBallot().name(),
                election ? item.getCandidates() : Tally.CHOICES, election ? item.getSeats() : null, voteFor);
    }
}
