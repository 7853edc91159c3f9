package si.asociacija.workflow.counselling.internal.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Validator;

import si.asociacija.workflow.counselling.internal.AssistanceCase;
import si.asociacija.workflow.counselling.internal.AssistanceCaseRepository;
import si.asociacija.workflow.counselling.internal.CaseAttachment;
import si.asociacija.workflow.counselling.internal.CaseIntake;
import si.asociacija.workflow.counselling.internal.CaseMessage;
import si.asociacija.workflow.counselling.internal.Topic;
import si.asociacija.workflow.counselling.internal.mailbox.InboundMail;
import si.asociacija.workflow.counselling.internal.mailbox.InboundMailRepository;
import si.asociacija.workflow.identity.Groups;
import si.asociacija.workflow.portal.PublicLinks;
import si.asociacija.workflow.privacy.PrivacyNotice;
import si.asociacija.workflow.shared.InvalidInputException;
import si.asociacija.workflow.shared.NotFoundException;
import si.asociacija.workflow.shared.Violations;

/** {@code POST /api/assistance-requests}: the public form. */
@RestController
class AssistanceController {

    private final CaseIntake cases;
    private final PublicLinks links;
    private final AssistanceCaseRepository repository;
    private final InboundMailRepository inboundMail;
    private final AssistanceReport report;
    private final Validator validator;
    private final PrivacyNotice privacyNotice;

    AssistanceController(CaseIntake cases, PublicLinks links, AssistanceCaseRepository repository,
                         InboundMailRepository inboundMail, AssistanceReport report, Validator validator,
                         PrivacyNotice privacyNotice) {
        this.privacyNotice = privacyNotice;
        this.report = report;
        this.validator = validator;
        this.cases = cases;
        this.links = links;
        this.repository = repository;
        this.inboundMail = inboundMail;
    }

    record CaseView(String reference, String name, String email, String topic, String priority, String status,
                    String outcome, String counsellor, String previousReference, Instant receivedAt,
                    Instant firstResponseDue, Instant firstResponseAt, boolean firstResponseOverdue, Instant closedAt,
                    Integer rating, int clientMessages, int answers, List<AttachmentView> attachments) {
    }

    record AttachmentView(long id, String filename, String contentType, long size) {
    }

    /** Staff and counsellors: cases, newest first, optionally of one client. */
    @GetMapping("/api/assistance-cases")
    @Transactional(readOnly = true)
    List<CaseView> list(@RequestParam(required = false) String email) {
        return repository.findAll(Sort.by("receivedAt").descending()).stream()
                .filter(this::visible)
                .filter(c -> email == null || c.getEmail().equalsIgnoreCase(email))
                .map(c -> new CaseView(c.getReference(), c.getName(), c.getEmail(), c.getTopic().name(),
                        c.getPriority().name(), c.getStatus().name(), c.getOutcome() == null ? null : c.getOutcome().name(),
                        c.getCounsellor(), c.getPreviousReference(), c.getReceivedAt(), c.getFirstResponseDue(),
                        c.getFirstResponseAt(), c.isFirstResponseOverdue(), c.getClosedAt(), c.getRating(),
                        (int) c.getMessages().stream().filter(m -> m.getKind() == CaseMessage.Kind.IN).count(),
                        (int) c.getMessages().stream().filter(m -> m.getKind() == CaseMessage.Kind.OUT).count(),
                        c.getMessages().stream().flatMap(m -> m.getAttachments().stream())
                                .map(a -> new AttachmentView(a.getId(), a.getFilename(), a.getContentType(), a.getSizeBytes()))
                                .toList()))
                .toList();
    }

    /** Staff: the funders' report as CSV, {@code ?from=YYYY-MM-DD&to=YYYY-MM-DD} (both days included). */
    @GetMapping(path = "/api/reports/assistance", produces = "text/csv")
    ResponseEntity<String> report(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate start = date(from, "from", errors);
        LocalDate end = date(to, "to", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.put("to", "must not be before from");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"assistance-" + start + "-" + end + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(report.csv(start, end));
    }

    private static LocalDate date(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, "is required (YYYY-MM-DD)");
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null || date.getYear() < 1 || date.getYear() > 9999) {
            errors.put(field, "must be a date YYYY-MM-DD");
            return null;
        }
        return date;
    }

    /** Staff and counsellors: one attachment of a case, as it came. */
    @GetMapping("/api/assistance-cases/{reference}/attachments/{id}")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> attachment(@PathVariable String reference,
                                      @PathVariable long id) {
        CaseAttachment attachment = repository.findByReference(reference).filter(this::visible)
                .orElseThrow(NotFoundException::new)
                .getMessages().stream().flatMap(m -> m.getAttachments().stream())
                .filter(a -> a.getId() == id).findFirst().orElseThrow(NotFoundException::new);
        return ResponseEntity.ok()
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename(attachment.getFilename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(attachment.getContent());
    }

    /** Staff and admins see every case; a counsellor only the cases assigned to them. */
    private boolean visible(AssistanceCase c) {
        Authentication user =
                SecurityContextHolder.getContext().getAuthentication();
        boolean office = user.getAuthorities().stream().map(Object::toString)
                .anyMatch(a -> a.equals("GROUP_" + Groups.STAFF)
                        || a.equals("GROUP_" + Groups.ADMIN));
        return office || user.getName().equals(c.getCounsellor());
    }

    record InboundView(String messageId, String sender, String subject, String outcome, String caseReference, String detail,
                       Instant receivedAt) {
    }

    /** Staff: what became of inbound mail (e.g. {@code ?outcome=MALFORMED}). */
    @GetMapping("/api/inbound-mail")
    @Transactional(readOnly = true)
    List<InboundView> inbound(@RequestParam(required = false) String outcome) {
        InboundMail.Outcome wanted = outcome == null ? null : outcome(outcome);
        return inboundMail.findAll(Sort.by("receivedAt").descending()).stream()
                .filter(m -> wanted == null || m.getOutcome() == wanted)
                .map(m -> new InboundView(m.getMessageId(), m.getSender(), m.getSubject(), m.getOutcome().name(),
                        m.getCaseReference(), m.getDetail(), m.getReceivedAt()))
                .toList();
    }

    private static InboundMail.Outcome outcome(String value) {
        try {
            return InboundMail.Outcome.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("outcome", "must be one of " + Arrays.toString(InboundMail.Outcome.values()));
        }
    }

    record Created(String reference, String status, String statusUrl) {
    }

    @PostMapping(path = "/api/assistance-requests", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Transactional
    ResponseEntity<Created> request(@RequestBody AssistanceRequest request) {
        Violations.refuseInvalid(validator, request, AssistanceRequest.PRECEDENCE);
        String language = request.languageOrDefault();
        CaseMessage first = new CaseMessage(CaseMessage.Kind.IN, request.email().trim(), null, request.message().trim(),
                null, Instant.now());
        AssistanceCase created = cases.open(request.name().trim(), request.email().trim(), Topic.valueOf(request.topic()),
                language, null, first, null);
        created.consented(first.getOccurredAt(), privacyNotice.version());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Created(created.getReference(), created.getStatus().name(), links.status(created.getStatusToken())));
    }
}
