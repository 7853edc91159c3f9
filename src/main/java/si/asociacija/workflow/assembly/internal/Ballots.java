package si.asociacija.workflow.assembly.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import si.asociacija.workflow.assembly.internal.AgendaItem.Ballot;
import si.asociacija.workflow.assembly.internal.AgendaItem.Kind;
import si.asociacija.workflow.audit.Audited;
import si.asociacija.workflow.audit.Audited.SubjectType;
import si.asociacija.workflow.shared.ConflictException;
import si.asociacija.workflow.shared.InvalidInputException;
import si.asociacija.workflow.shared.NotFoundException;
import si.asociacija.workflow.shared.TextRules;

/**
 * Casting votes while an item is open: a present member votes on their link for themselves and once for
 * each member they represent. One vote per member and item holds by the database's unique key. A named
 * vote is stored with the member; a secret one only marks the member as having voted and goes, without
 * them, into the ballot box, which answers a receipt.
 */
@Service
@Transactional
class Ballots {

    static final String PAPER = "paper";
    private static final Logger log = LoggerFactory.getLogger(Ballots.class);

    /** A ballot: {@code choice} (FOR, AGAINST, ABSTAIN) or, in an election, {@code candidates}; {@code forMember} when voting by proxy. */
    record Cast(String choice, List<String> candidates, String forMember) {
    }

    /** The answer: whose vote was counted and, for a secret ballot, the receipt. */
    record Receipt(int item, String member, String receipt) {
    }

    private final ConvocationRepository convocations;
    private final VoteRepository votes;
    private final BallotBox ballotBox;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;

    Ballots(ConvocationRepository convocations, VoteRepository votes, BallotBox ballotBox, EntityManager entityManager,
            ApplicationEventPublisher events) {
        this.events = events;
        this.convocations = convocations;
        this.votes = votes;
        this.ballotBox = ballotBox;
        this.entityManager = entityManager;
    }

    /** The member behind {@code token} votes on item {@code number}. */
    Receipt vote(String token, int number, Cast cast) {
        Convocation voter = convocations.findByToken(token).orElseThrow(NotFoundException::new);
        AgendaItem item = openItem(voter.getAssembly(), number);
        if (!voter.isPresent()) {
            throw new ConflictException("Check in first: only members present or voting remotely can vote.");
        }
        Convocation member = voter;
        if (cast.forMember() != null && !cast.forMember().isBlank() && !cast.forMember().trim().equals(voter.getMembershipNumber())) {
            member = convocations.findByAssemblyAndMembershipNumber(voter.getAssembly(), cast.forMember().trim())
                    .filter(c -> voter.getMembershipNumber().equals(c.getProxyHolder()))
                    .orElseThrow(() -> new ConflictException("You do not hold a proxy of " + cast.forMember().trim() + "."));
        }
        return record(voter.getAssembly(), item, member.getMembershipNumber(), voter.getMembershipNumber(), cast, false);
    }

    /** Staff enter the paper ballot of a named vote for a present member. */
    Receipt paperNamed(Assembly assembly, int number, String member, String choice) {
        AgendaItem item = openItem(assembly, number);
        if (item.getBallot() != Ballot.NAMED) {
            throw new ConflictException("Item " + number + " is a secret ballot: enter who voted and the counts.");
        }
        Convocation convocation = entitled(assembly, member, "member");
        return record(assembly, item, convocation.getMembershipNumber(), PAPER, new Cast(choice, List.of(), null), true);
    }

    /** Staff enter the paper ballots of a secret vote: who voted, and the counts per choice or candidate. */
    int paperSecret(Assembly assembly, int number, List<String> voted, Map<String, Integer> counts) {
        AgendaItem item = openItem(assembly, number);
        if (item.getBallot() != Ballot.SECRET) {
            throw new ConflictException("Item " + number + " is a named ballot: enter each member's choice.");
        }
        if (voted == null || voted.isEmpty()) {
            throw InvalidInputException.of("voted", "must list the members who voted on paper");
        }
        if (voted.stream().map(m -> m == null ? "" : m.trim()).distinct().count() < voted.size()) {
            throw InvalidInputException.of("voted", "must name each member once: the counts are checked against their number");
        }
        PaperCounts.check(item, voted.size(), counts);
        for (String member : voted) {
            insert(assembly, item, entitled(assembly, member, "voted").getMembershipNumber(), null, PAPER, true);
        }
        ballotBox.addPaper(item, counts);
        log.info("Assembly {}: {} paper ballots on item {}", assembly.getReference(), voted.size(), number);
        return voted.size();
    }

    /** Whether a receipt of item {@code number} is among the ballots counted. */
    boolean counted(String token, int number, String receipt) {
        Convocation convocation = convocations.findByToken(token).orElseThrow(NotFoundException::new);
        AgendaItem item = Voting.item(convocation.getAssembly(), number);
        return receipt != null && !receipt.isBlank() && ballotBox.counted(item, receipt);
    }

    private Receipt record(Assembly assembly, AgendaItem item, String member, String castBy, Cast cast, boolean onPaper) {
        if (item.getKind() == Kind.ELECTION) {
            if (!TextRules.isBlank(cast.choice())) {
                throw InvalidInputException.of("choice", "is not for an election: name the candidates (none for a blank ballot)");
            }
            List<String> candidates = candidates(item, cast.candidates());
            insert(assembly, item, member, null, castBy, onPaper);
            return new Receipt(item.getNumber(), member, ballotBox.cast(item, null, candidates));
        }
        if (cast.candidates() != null && !cast.candidates().isEmpty()) {
            throw InvalidInputException.of("candidates", "are only for an election: give a choice");
        }
        String choice = cast.choice() == null ? "" : cast.choice().trim();
        if (!Tally.CHOICES.contains(choice)) {
            throw InvalidInputException.of("choice", "must be FOR, AGAINST or ABSTAIN");
        }
        if (item.getBallot() == Ballot.NAMED) {
            insert(assembly, item, member, choice, castBy, onPaper);
            return new Receipt(item.getNumber(), member, null);
        }
        insert(assembly, item, member, null, castBy, onPaper);
        return new Receipt(item.getNumber(), member, ballotBox.cast(item, choice, List.of()));
    }

    private static List<String> candidates(AgendaItem item, List<String> given) {
        List<String> candidates = given == null ? List.of() : given.stream().map(c -> c == null ? "" : c.trim()).toList();
        if (candidates.size() > item.getSeats()) {
            throw InvalidInputException.of("candidates", "at most " + item.getSeats() + " for " + item.getSeats() + " seat(s)");
        }
        if (new HashSet<>(candidates).size() < candidates.size()) {
            throw InvalidInputException.of("candidates", "name a candidate once");
        }
        candidates.stream().filter(c -> !item.getCandidates().contains(c)).findFirst().ifPresent(c -> {
            throw InvalidInputException.of("candidates", "'" + c + "' is not a candidate: " + String.join(", ", item.getCandidates()));
        });
        return candidates;
    }

    /** Records that {@code member} voted; {@code choice} only for a named ballot, and only then in the audit trail. */
    private void insert(Assembly assembly, AgendaItem item, String member, String choice, String castBy, boolean onPaper) {
        if (votes.existsByItemIdAndMembershipNumber(item.getId(), member)) {
            throw new ConflictException(member + " has already voted on item " + item.getNumber() + ".");
        }
        try {
            votes.saveAndFlush(new Vote(item.getId(), member, choice, castBy, onPaper));
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException(member + " has already voted on item " + item.getNumber() + ".");
        }
        String detail = "item " + item.getNumber() + ", member " + member
                + (choice != null ? ", named ballot: " + choice : item.getKind() == Kind.ELECTION ? ", election" : ", secret ballot")
                + (onPaper ? ", on paper" : castBy.equals(member) ? "" : ", by proxy holder " + castBy);
        Audited audited = Audited.of(SubjectType.ASSEMBLY_VOTE, assembly.getReference(), "vote-cast", detail);
        events.publishEvent(onPaper ? audited : audited.by(Audited.MEMBER));
    }

    /** A present member, or one represented by a present holder. */
    private Convocation entitled(Assembly assembly, String member, String field) {
        if (member == null || member.isBlank()) {
            throw InvalidInputException.of(field, "is required (a membership number)");
        }
        Convocation convocation = convocations.findByAssemblyAndMembershipNumber(assembly, member.trim())
                .orElseThrow(() -> new ConflictException(member.trim() + " has no voting rights at this assembly."));
        boolean represented = convocation.getProxyHolder() != null && convocations
                .findByAssemblyAndMembershipNumber(assembly, convocation.getProxyHolder()).map(Convocation::isPresent).orElse(false);
        if (!convocation.isPresent() && !represented) {
            throw new ConflictException(member.trim() + " is not checked in.");
        }
        return convocation;
    }

    /** The item, locked against closing while this vote is counted; it must be open. */
    private AgendaItem openItem(Assembly assembly, int number) {
        AgendaItem item = Voting.item(assembly, number);
        entityManager.refresh(item, LockModeType.PESSIMISTIC_READ);
        if (item.getVoting() != AgendaItem.Stage.OPEN) {
            throw new ConflictException("The voting on item " + number + " is not open.");
        }
        return item;
    }
}
