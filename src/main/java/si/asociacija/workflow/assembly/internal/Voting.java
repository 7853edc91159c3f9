package si.asociacija.workflow.assembly.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import si.asociacija.workflow.assembly.internal.AgendaItem.Ballot;
import si.asociacija.workflow.assembly.internal.Assembly.State;
import si.asociacija.workflow.shared.ConflictException;
import si.asociacija.workflow.shared.NotFoundException;

/**
 * Staff open and close the voting on each agenda item in turn. Closing counts the votes (named ballots
 * from the votes, secret ones from the ballot box) and applies the statute's majorities.
 */
@Service
@Transactional
class Voting {

    private static final Logger log = LoggerFactory.getLogger(Voting.class);

    private final AssemblyRepository assemblies;
    private final VoteRepository votes;
    private final BallotBox ballotBox;
    private final Registration registration;
    private final VotingRules rules;
    private final EntityManager entityManager;

    Voting(AssemblyRepository assemblies, VoteRepository votes, BallotBox ballotBox, Registration registration,
           VotingRules rules, EntityManager entityManager) {
        this.assemblies = assemblies;
        this.votes = votes;
        this.ballotBox = ballotBox;
        this.registration = registration;
        this.rules = rules;
        this.entityManager = entityManager;
    }

    /** Opens the voting on item {@code number}; nothing happens if it is already open. */
    AgendaItem open(String reference, int number) {
        Assembly assembly = inSession(reference);
        AgendaItem item = item(assembly, number);
        if (item.getVoting() == AgendaItem.Stage.OPEN) {
            return item;
        }
        if (!item.isVoted()) {
            throw new ConflictException("Item " + number + " is for information: there is no vote on it.");
        }
        if (item.getVoting() == AgendaItem.Stage.CLOSED) {
            throw new ConflictException("The voting on item " + number + " is closed.");
        }
        assembly.getItems().stream().filter(i -> i.getVoting() == AgendaItem.Stage.OPEN).findFirst().ifPresent(open -> {
            throw new ConflictException("The voting on item " + open.getNumber() + " is still open: close it first.");
        });
        item.openVoting();
        if (item.getBallot() == Ballot.SECRET) {
            ballotBox.prepare(item);
        }
        log.info("Assembly {}: voting on item {} opened", reference, number);
        return item;
    }

    /**
     * Closes item {@code number} (its voting, if it had one) with its result; nothing happens if it is already closed,
     * also when it was closed earlier in this transaction (staff close it, then the task's listener does): the lock
     * is taken only while it is open, as reading it again would drop that closing and count the votes once more.
     */
    AgendaItem close(String reference, int number) {
        Assembly assembly = inSession(reference);
        AgendaItem item = item(assembly, number);
        if (item.getVoting() != AgendaItem.Stage.CLOSED) {
            entityManager.refresh(item, LockModeType.PESSIMISTIC_WRITE);
        }
        if (item.getVoting() == AgendaItem.Stage.CLOSED) {
            return item;
        }
        int eligible = (int) registration.count(assembly).votes();
        if (!item.isVoted()) {
            item.close(eligible, 0, null);
            return item;
        }
        if (item.getVoting() != AgendaItem.Stage.OPEN) {
            throw new ConflictException("The voting on item " + number + " has not been opened.");
        }
        int turnout = (int) votes.countByItemId(item.getId());
        Map<String, Integer> counts = new HashMap<>();
        if (item.getBallot() == Ballot.SECRET) {
            counts.putAll(ballotBox.seal(item));
        } else {
            votes.countChoices(item.getId()).forEach(c -> counts.put(c.getChoice(), (int) c.getVotes()));
        }
        Tally tally = rules.decide(item, counts, eligible);
        item.close(eligible, turnout, tally);
        log.info("Assembly {}: item {} closed, {} of {} voted: {}", reference, number, turnout, eligible, tally.outcome());
        return item;
    }

    /** The votes of a named ballot, by member. */
    List<Vote> namedVotes(AgendaItem item) {
        return item.getBallot() == Ballot.NAMED ? votes.findByItemIdOrderByMembershipNumber(item.getId()) : List.of();
    }

    private Assembly inSession(String reference) {
        Assembly assembly = assemblies.findByReference(reference).orElseThrow(NotFoundException::new);
        if (assembly.getState() != State.IN_SESSION) {
            throw new ConflictException("The assembly is not in session.");
        }
        return assembly;
    }

    static AgendaItem item(Assembly assembly, int number) {
        AgendaItem item = assembly.item(number);
        if (item == null) {
            throw new NotFoundException();
        }
        return item;
    }
}
