package si.asociacija.workflow.assembly.internal;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import si.asociacija.workflow.assembly.internal.Assembly.State;
import si.asociacija.workflow.shared.ConflictException;
import si.asociacija.workflow.shared.InvalidInputException;
import si.asociacija.workflow.shared.NotFoundException;
import si.asociacija.workflow.shared.TextRules;

/**
 * Attendance from the start of the assembly: members voting remotely check in on their link, staff
 * check in those in the room. Checking in cancels a proxy the member gave. Who is present or represented
 * is counted from the convocations.
 */
@Service
@Transactional
class Registration {

    private static final Logger log = LoggerFactory.getLogger(Registration.class);

    private final ConvocationRepository convocations;
    private final AssemblyRepository assemblies;
    private final EntityManager entityManager;

    Registration(ConvocationRepository convocations, AssemblyRepository assemblies, EntityManager entityManager) {
        this.convocations = convocations;
        this.assemblies = assemblies;
        this.entityManager = entityManager;
    }

    /** The member behind {@code token} takes part remotely. */
    Convocation checkInRemotely(String token) {
        Convocation convocation = convocations.findByToken(token).orElseThrow(NotFoundException::new);
        if (!convocation.getAssembly().isRemoteVoting()) {
            throw new ConflictException("This assembly has no remote voting: please register at the door.");
        }
        return checkIn(convocation, Attendance.REMOTE);
    }

    /** Staff check in a member (by membership number) in the room, or remotely for one who called in. */
    Convocation checkIn(String reference, String member, String mode) {
        Assembly assembly = assemblies.findByReference(reference).orElseThrow(NotFoundException::new);
        if (TextRules.isBlank(member)) {
            throw InvalidInputException.of("member", "is required (a membership number)");
        }
        Attendance attendance;
        try {
            attendance = mode == null || mode.isBlank() ? Attendance.IN_PERSON : Attendance.valueOf(mode.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("mode", "must be IN_PERSON or REMOTE");
        }
        Convocation convocation = convocations.findByAssemblyAndMembershipNumber(assembly, member.trim())
                .orElseThrow(() -> new ConflictException(member.trim() + " has no voting rights at this assembly."));
        return checkIn(convocation, attendance);
    }

    private Convocation checkIn(Convocation convocation, Attendance mode) {
        Assembly assembly = convocation.getAssembly();
        if (!assembly.isInState(State.REGISTRATION, State.POSTPONED, State.IN_SESSION)) {
            throw new ConflictException(assembly.getState() == State.CONVENED
                    ? "Registration opens when the assembly starts." : "The assembly is over.");
        }
        entityManager.refresh(convocation, LockModeType.PESSIMISTIC_WRITE);
        if (convocation.isPresent()) {
            return convocation;
        }
        String proxy = convocation.getProxyHolder();
        convocation.checkIn(mode, Instant.now());
        log.info("Assembly {}: {} checked in ({}){}", assembly.getReference(), convocation.getMembershipNumber(), mode,
                proxy == null ? "" : ", cancelling the proxy to " + proxy);
        return convocation;
    }

    /** How many members with voting rights are present, and how many are represented by a present holder. */
    Count count(Assembly assembly) {
        return new Count(convocations.countByAssembly(assembly), convocations.countByAssemblyAndAttendanceIsNotNull(assembly),
                convocations.countRepresented(assembly));
    }

    record Count(long entitled, long present, long represented) {

        /** The votes that can be cast: those present and those they represent. */
        long votes() {
            return present + represented;
        }
    }
}
