package si.asociacija.workflow.assembly.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import si.asociacija.workflow.assembly.internal.Assembly.State;
import si.asociacija.workflow.membership.MemberDirectory;
import si.asociacija.workflow.shared.ConflictException;
import si.asociacija.workflow.shared.InvalidInputException;
import si.asociacija.workflow.shared.NotFoundException;
import si.asociacija.workflow.shared.TextRules;

/**
 * Closing the registration: staff name the working bodies and the quorum is decided. Not quorate, the
 * start is postponed; after the postponement the assembly is held with those present unless fewer than
 * the configured minimum came, and then it is closed as not held and every member is told.
 */
@Service
@Transactional
class Opening {

    static final String NOT_HELD_TEMPLATE = "assembly-not-held";
    private static final Logger log = LoggerFactory.getLogger(Opening.class);

    enum Decision { QUORATE, POSTPONED, NOT_HELD }

    /** The working bodies: who chairs, who writes the minutes, the two who verify them. */
    record WorkingBodies(String chair, String recorder, List<String> verifiers) {
    }

    private final AssemblyRepository assemblies;
    private final ConvocationRepository convocations;
    private final Registration registration;
    private final EntityManager entityManager;
    private final AssemblySettings settings;
    private final AssemblyMail mail;
    private final MemberDirectory members;

    Opening(AssemblyRepository assemblies, ConvocationRepository convocations, Registration registration,
            EntityManager entityManager, AssemblySettings settings, AssemblyMail mail, MemberDirectory members) {
        this.assemblies = assemblies;
        this.convocations = convocations;
        this.registration = registration;
        this.entityManager = entityManager;
        this.settings = settings;
        this.mail = mail;
        this.members = members;
    }

    /** The time has come: members may check in. */
    void startRegistration(String reference) {
        assembly(reference).startRegistration();
    }

    /** Refuses working bodies that are not complete (400 naming the field). */
    static WorkingBodies check(WorkingBodies bodies) {
        Map<String, String> errors = new LinkedHashMap<>();
        name(errors, "chair", bodies.chair());
        name(errors, "recorder", bodies.recorder());
        List<String> verifiers = bodies.verifiers() == null ? List.of() : bodies.verifiers();
        if (verifiers.size() != 2) {
            errors.put("verifiers", "must name two minute verifiers");
        } else {
            for (int i = 0; i < 2; i++) {
                name(errors, "verifiers[" + i + "]", verifiers.get(i));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new WorkingBodies(bodies.chair().trim(), bodies.recorder().trim(), verifiers.stream().map(String::trim).toList());
    }

    private static void name(Map<String, String> errors, String field, String value) {
        if (TextRules.isBlank(value)) {
            errors.put(field, "is required");
        } else if (value.trim().length() > 200 || TextRules.problem(value, true) != null) {
            errors.put(field, "must be one line of at most 200 characters");
        }
    }

    /** Closes the registration and decides whether the assembly is held now, postponed, or not held. */
    Decision open(String reference, WorkingBodies given) {
        WorkingBodies bodies = check(given);
        Assembly assembly = assembly(reference);
        entityManager.refresh(assembly, LockModeType.PESSIMISTIC_WRITE);
        if (!assembly.isInState(State.REGISTRATION, State.POSTPONED)) {
            throw new ConflictException(switch (assembly.getState()) {
                case CONVENED -> "Registration has not started yet: the assembly starts at its time.";
                default -> "The registration of this assembly is already closed.";
            });
        }
        Registration.Count count = registration.count(assembly);
        assembly.workingBodies(bodies.chair(), bodies.recorder(), bodies.verifiers());
        Instant now = Instant.now();
        Decision decision;
        if (assembly.getPostponedUntil() == null) {
            decision = settings.quorum().exceededBy(count.votes(), count.entitled()) ? Decision.QUORATE : Decision.POSTPONED;
        } else {
            decision = count.present() > 0 && count.present() >= settings.postponedMinimum() ? Decision.QUORATE : Decision.NOT_HELD;
        }
        switch (decision) {
            case QUORATE -> assembly.open(now);
            case POSTPONED -> assembly.postpone(now.plus(settings.postponement()));
            case NOT_HELD -> assembly.notHeld(now);
        }
        log.info("Assembly {}: {} of {} present, {} represented: {}", reference, count.present(), count.entitled(),
                count.represented(), decision);
        return decision;
    }

    /** Tells every convened member that the assembly was not held. */
    void tellNotHeld(String reference) {
        Assembly assembly = assembly(reference);
        for (Convocation convocation : convocations.findByAssemblyOrderByMembershipNumber(assembly)) {
            members.voter(convocation.getMembershipNumber()).ifPresent(voter ->
                    mail.send(mail.to(voter, convocation, NOT_HELD_TEMPLATE, Map.of("place", assembly.getPlace()))));
        }
    }

    private Assembly assembly(String reference) {
        return assemblies.findByReference(reference).orElseThrow(NotFoundException::new);
    }
}
