package si.asociacija.workflow.advocacy.internal;

import static si.asociacija.workflow.advocacy.internal.AdvocacyCaseJson.PATH;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import si.asociacija.workflow.advocacy.internal.AdvocacyCaseJson.Detail;
import si.asociacija.workflow.advocacy.internal.AdvocacyCaseJson.Line;
import si.asociacija.workflow.advocacy.internal.watch.Draft;
import si.asociacija.workflow.shared.ConflictException;
import si.asociacija.workflow.shared.InvalidInputException;
import si.asociacija.workflow.shared.NotFoundException;

/**
 * Staff's API of advocacy cases: open one by hand, the list (newest first), one case with its members' views,
 * a file a member attached.
 */
@RestController
class AdvocacyCaseController {

    private final AdvocacyIntake intake;
    private final AdvocacyCaseRepository cases;
    private final MemberViewRepository views;
    private final ViewFileRepository files;
    private final AdvocacyCaseJson json;
    private final Validator validator;
    private final TransactionTemplate transaction;

    AdvocacyCaseController(AdvocacyIntake intake, AdvocacyCaseRepository cases, MemberViewRepository views,
                           ViewFileRepository files, AdvocacyCaseJson json, Validator validator, PlatformTransactionManager transactionManager) {
        this.intake = intake;
        this.cases = cases;
        this.views = views;
        this.files = files;
        this.json = json;
        this.validator = validator;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** A consultation staff found themselves: a case in review, as one a watched source opened. The same link twice: 409. */
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Detail> open(@RequestBody AdvocacyCaseForm form) {
        Draft draft = form.draft(validator);
        if (draft.link() != null && cases.existsByLink(draft.link())) {
            throw sameLink(draft);
        }
        String reference;
        try {
            reference = transaction.execute(status -> intake.openByHand(draft, form.address(), form.openedOn()));
        } catch (DataIntegrityViolationException openedAtTheSameTime) {
            throw sameLink(draft);
        }
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath().path(PATH + "/{reference}")
                .buildAndExpand(reference).toUri()).body(detail(reference));
    }

    private static ConflictException sameLink(Draft draft) {
        return new ConflictException("An advocacy case for " + draft.link() + " is already open.");
    }

    /** Every case, newest first; {@code ?status=GATHERING_VIEWS}, {@code ?open=true} (or false: the finished ones). */
    @GetMapping(PATH)
    @Transactional(readOnly = true)
    List<Line> list(@RequestParam(required = false) String status, @RequestParam(required = false) Boolean open) {
        AdvocacyStatus wanted = status == null ? null : status(status);
        return cases.findAllByOrderByOpenedAtDesc().stream()
                .filter(c -> wanted == null || c.getStatus() == wanted)
                .filter(c -> open == null || c.isOpen() == open)
                .map(json::line)
                .toList();
    }

    @GetMapping(PATH + "/{reference}")
    @Transactional(readOnly = true)
    Detail detail(@PathVariable String reference) {
        AdvocacyCase c = cases.findByReference(reference).orElseThrow(NotFoundException::new);
        return json.detail(c, views.findByAdvocacyCaseOrderByFieldAscMembershipNumberAsc(c), files.listOf(c));
    }

    /** A file a member attached to a view, as it came, never shown in the browser. */
    @GetMapping(PATH + "/{reference}/views/{viewId}/files/{fileId}")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> file(@PathVariable String reference, @PathVariable long viewId, @PathVariable long fileId,
                                HttpServletResponse response) {
        ViewFile file = files.findOne(reference, viewId, fileId).orElseThrow(NotFoundException::new);
        response.setHeader("X-Content-Type-Options", "nosniff");
        return ResponseEntity.ok()
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename(file.getFilename(), StandardCharsets.UTF_8).build().toString())
                .contentType(contentType(file.getContentType()))
                .body(file.getContent());
    }

    private static MediaType contentType(String value) {
        try {
            MediaType type = MediaType.parseMediaType(value);
            return type.isConcrete() ? type : MediaType.APPLICATION_OCTET_STREAM;
        } catch (InvalidMediaTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    private static AdvocacyStatus status(String value) {
        try {
            return AdvocacyStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("status", "must be one of " + Arrays.toString(AdvocacyStatus.values()));
        }
    }
}
