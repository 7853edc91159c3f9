package si.asociacija.workflow.assembly.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import si.asociacija.workflow.membership.MemberDirectory;
import si.asociacija.workflow.membership.Voter;
import si.asociacija.workflow.shared.ConflictException;
import si.asociacija.workflow.shared.InvalidInputException;
import si.asociacija.workflow.shared.NotFoundException;
import si.asociacija.workflow.shared.TextRules;

/**
 * Proxies before an assembly opens: a member authorises another convened member to vote for them. The
 * rules hold under concurrent requests because both members' convocations are locked (always in the
 * same order) before anything is read: at most {@code max-proxies-per-holder} per holder, and no chains
 * (a member who gave a proxy holds none, a holder gives none). Both members are told by email.
 */
@Service
@Transactional
class Proxies {

    static final String TEMPLATE = "assembly-proxy";
    private static final Logger log = LoggerFactory.getLogger(Proxies.class);

    private final ConvocationRepository convocations;
    private final AssemblyRepository assemblies;
    private final EntityManager entityManager;
    private final MemberDirectory members;
    private final AssemblyMail mail;
    private final AssemblySettings settings;

    Proxies(ConvocationRepository convocations, AssemblyRepository assemblies, EntityManager entityManager,
            MemberDirectory members, AssemblyMail mail, AssemblySettings settings) {
        this.convocations = convocations;
        this.assemblies = assemblies;
        this.entityManager = entityManager;
        this.members = members;
        this.mail = mail;
        this.settings = settings;
    }

    /** The member behind {@code token} authorises {@code holder} (a membership number). */
    Convocation give(String token, String holder) {
        Convocation giver = convocations.findByToken(token).orElseThrow(NotFoundException::new);
        return give(giver, holder, false);
    }

    /** Staff record a signed paper proxy. */
    Convocation giveOnPaper(String reference, String giverNumber, String holder) {
        Assembly assembly = assemblies.findByReference(reference).orElseThrow(NotFoundException::new);
        if (TextRules.isBlank(giverNumber)) {
            throw InvalidInputException.of("giver", "is required (a membership number)");
        }
        Convocation giver = convocations.findByAssemblyAndMembershipNumber(assembly, giverNumber.trim())
                .orElseThrow(() -> new ConflictException(giverNumber.trim() + " has no voting rights at this assembly."));
        return give(giver, holder, true);
    }

    /** The member behind {@code token} takes their proxy back. */
    Convocation revoke(String token) {
        Convocation giver = convocations.findByToken(token).orElseThrow(NotFoundException::new);
        beforeOpening(giver.getAssembly());
        entityManager.refresh(giver, LockModeType.PESSIMISTIC_WRITE);
        String holderNumber = giver.getProxyHolder();
        if (holderNumber == null) {
            throw new ConflictException("You have not given a proxy.");
        }
        giver.revokeProxy();
        tell(giver, holderNumber, true);
        log.info("Assembly {}: {} revoked the proxy to {}", giver.getAssembly().getReference(), giver.getMembershipNumber(),
                holderNumber);
        return giver;
    }

    private Convocation give(Convocation giver, String holderNumber, boolean onPaper) {
        if (TextRules.isBlank(holderNumber)) {
            throw InvalidInputException.of("holder", "is required (a membership number)");
        }
        Assembly assembly = giver.getAssembly();
        beforeOpening(assembly);
        String number = holderNumber.trim();
        if (number.equals(giver.getMembershipNumber())) {
            throw new ConflictException("A member cannot authorise themselves.");
        }
        Convocation holder = convocations.findByAssemblyAndMembershipNumber(assembly, number)
                .orElseThrow(() -> new ConflictException(number + " has no voting rights at this assembly."));
        Stream.of(giver, holder).sorted(Comparator.comparing(Convocation::getId))
                .forEach(c -> entityManager.refresh(c, LockModeType.PESSIMISTIC_WRITE));
        if (giver.getProxyHolder() != null) {
            throw new ConflictException("You have already authorised " + giver.getProxyHolder() + "; revoke that proxy first.");
        }
        if (!convocations.findByAssemblyAndProxyHolder(assembly, giver.getMembershipNumber()).isEmpty()) {
            throw new ConflictException("You hold another member's proxy: a proxy cannot be passed on.");
        }
        if (holder.getProxyHolder() != null) {
            throw new ConflictException(number + " has given their own proxy and cannot hold one.");
        }
        int held = convocations.findByAssemblyAndProxyHolder(assembly, number).size();
        if (held >= settings.maxProxiesPerHolder()) {
            throw new ConflictException(number + " already represents " + held + " members, the most one member may.");
        }
        giver.giveProxy(number, onPaper);
        tell(giver, number, false);
        log.info("Assembly {}: {} authorised {}{}", assembly.getReference(), giver.getMembershipNumber(), number,
                onPaper ? " (paper proxy recorded by staff)" : "");
        return giver;
    }

    /** The member numbers this member represents. */
    List<String> heldBy(Convocation convocation) {
        return convocations.findByAssemblyAndProxyHolder(convocation.getAssembly(), convocation.getMembershipNumber())
                .stream().map(Convocation::getMembershipNumber).sorted().toList();
    }

    private static void beforeOpening(Assembly assembly) {
        if (assembly.getState() != Assembly.State.CONVENED || !Instant.now().isBefore(assembly.getStartsAt())) {
            throw new ConflictException("Proxies can be given or revoked only before the assembly opens.");
        }
    }

    private void tell(Convocation giver, String holderNumber, boolean revoked) {
        Voter giving = members.voter(giver.getMembershipNumber()).orElseThrow();
        Voter holding = members.voter(holderNumber).orElseThrow();
        Convocation holder = convocations.findByAssemblyAndMembershipNumber(giver.getAssembly(), holderNumber).orElseThrow();
        send(giver, giving, giving, holding, false, revoked);
        send(holder, holding, giving, holding, true, revoked);
    }

    private void send(Convocation to, Voter recipient, Voter giving, Voter holding, boolean toHolder, boolean revoked) {
        mail.send(mail.to(recipient, to, TEMPLATE, Map.of(
                "giver", giving.name() + " (" + giving.membershipNumber() + ")",
                "holder", holding.name() + " (" + holding.membershipNumber() + ")",
                "toHolder", toHolder,
                "revoked", revoked)));
    }
}
