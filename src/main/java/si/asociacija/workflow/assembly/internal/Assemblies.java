package si.asociacija.workflow.assembly.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Validator;

import si.asociacija.workflow.assembly.internal.AgendaItem.Ballot;
import si.asociacija.workflow.assembly.internal.AgendaItem.Kind;
import si.asociacija.workflow.mail.OutgoingMail;
import si.asociacija.workflow.membership.MemberDirectory;
import si.asociacija.workflow.membership.Voter;
import si.asociacija.workflow.portal.PublicLinks;
import si.asociacija.workflow.shared.InvalidInputException;
import si.asociacija.workflow.shared.ReferenceNumbers;
import si.asociacija.workflow.shared.TextRules;
import si.asociacija.workflow.shared.Texts;
import si.asociacija.workflow.shared.Tokens;
import si.asociacija.workflow.shared.Violations;

/**
 * Convening a general assembly: the agenda is checked, the date must leave the notice period, and every
 * member with voting rights at that moment gets the notice with a personal link, in one transaction.
 */
@Service
@Transactional
class Assemblies {

    static final String PROCESS_KEY = "general-assembly";
    /** Set when the API has already convened the assembly that a process instance carries. */
    static final String CONVENED_VARIABLE = "assemblyConvened";
    static final String NOTICE_TEMPLATE = "assembly-notice";
    /** Dates are written with four-digit years (references, calendar invitations, the minutes). */
    private static final int LAST_YEAR = 9999;
    private static final Logger log = LoggerFactory.getLogger(Assemblies.class);

    private final AssemblyRepository assemblies;
    private final ConvocationRepository convocations;
    private final MemberDirectory members;
    private final ReferenceNumbers referenceNumbers;
    private final AssemblyMail mail;
    private final PublicLinks links;
    private final AssemblySettings settings;
    private final Validator validator;
    private final RuntimeService runtimeService;

    Assemblies(AssemblyRepository assemblies, ConvocationRepository convocations, MemberDirectory members,
               ReferenceNumbers referenceNumbers, AssemblyMail mail, PublicLinks links, AssemblySettings settings,
               Validator validator, RuntimeService runtimeService) {
        this.assemblies = assemblies;
        this.convocations = convocations;
        this.members = members;
        this.referenceNumbers = referenceNumbers;
        this.mail = mail;
        this.links = links;
        this.settings = settings;
        this.validator = validator;
        this.runtimeService = runtimeService;
    }

    /** Convenes the assembly, sends the notices and starts its process; refuses the whole request on any bad field. */
    Assembly convene(ConveningRequest request) {
        Assembly assembly = register(request);
        runtimeService.startProcessInstanceByKey(PROCESS_KEY, assembly.getReference(), Map.of(CONVENED_VARIABLE, true));
        return assembly;
    }

    /** Stores the assembly and sends the notices (the process is started by the caller or already runs). */
    Assembly register(ConveningRequest request) {
        Violations.refuseInvalid(validator, request, ConveningRequest.PRECEDENCE);
        if (request.startsAt().getYear() > LAST_YEAR) {
            throw InvalidInputException.of("startsAt", "must be a date up to " + LAST_YEAR + "-12-31");
        }
        Instant startsAt = request.startsAt().atZone(ReferenceNumbers.ZONE).toInstant();
        Instant now = Instant.now();
        if (startsAt.isBefore(now.plus(settings.noticePeriod()))) {
            throw InvalidInputException.of("startsAt", "must leave the notice period of " + settings.noticePeriod().toDays()
                    + " days: " + LocalDateTime.ofInstant(now.plus(settings.noticePeriod()), ReferenceNumbers.ZONE)
                    .withSecond(0).withNano(0) + " or later");
        }
        List<AgendaItem> items = items(request.items());
        String reference = referenceNumbers.nextInYear("SK", "SK-%d-%02d", request.startsAt().getYear());
        Assembly assembly = assemblies.save(new Assembly(reference, request.title().trim(), startsAt,
                request.place().trim(), request.remoteVoting(), items, now));
        List<Voter> voters = members.withVotingRights();
        for (Voter voter : voters) {
            notice(voter, convocations.save(new Convocation(assembly, voter.membershipNumber(), Tokens.newToken(),
                    Texts.language(voter.language()))));
        }
        log.info("Assembly {} convened for {}: notice to {} member(s)", reference, startsAt, voters.size());
        return assembly;
    }

    private static List<AgendaItem> items(List<ConveningRequest.Item> given) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<AgendaItem> items = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            ConveningRequest.Item item = given.get(i);
            String at = "items[" + i + "].";
            Kind kind = Kind.valueOf(item.kind());
            Ballot ballot = TextRules.isBlank(item.ballot()) ? Ballot.NAMED : Ballot.valueOf(item.ballot());
            List<String> candidates = item.candidates() == null ? List.of()
                    : item.candidates().stream().map(String::trim).toList();
            if (kind == Kind.ELECTION) {
                if (ballot == Ballot.NAMED && !TextRules.isBlank(item.ballot())) {
                    errors.put(at + "ballot", "must be SECRET: elections are always secret");
                }
                ballot = Ballot.SECRET;
                if (item.seats() == null) {
                    errors.put(at + "seats", "is required for an election");
                }
                if (candidates.isEmpty()) {
                    errors.put(at + "candidates", "are required for an election");
                } else if (candidates.stream().distinct().count() < candidates.size()) {
                    errors.put(at + "candidates", "name someone twice");
                } else if (String.join("\n", candidates).length() > AgendaItem.CANDIDATES_LENGTH) {
                    errors.put(at + "candidates", "are too long: at most " + AgendaItem.CANDIDATES_LENGTH
                            + " characters together");
                }
            } else if (item.seats() != null || !candidates.isEmpty()) {
                errors.put(at + (item.seats() != null ? "seats" : "candidates"), "are only for an election");
            }
            items.add(new AgendaItem(i + 1, item.title().trim(), blankToNull(item.description()), kind, ballot,
                    item.seats(), candidates));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return items;
    }

    private void notice(Voter voter, Convocation convocation) {
        Assembly assembly = convocation.getAssembly();
        OutgoingMail notice = mail.to(voter, convocation, NOTICE_TEMPLATE, Map.of(
                "place", assembly.getPlace(),
                "remoteVoting", assembly.isRemoteVoting(),
                "items", assembly.getItems().stream().map(i -> i.getNumber() + ". " + i.getTitle()).toList()));
        mail.send(notice.with(AssemblyCalendar.of(assembly, links.assembly(convocation.getToken()))));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
