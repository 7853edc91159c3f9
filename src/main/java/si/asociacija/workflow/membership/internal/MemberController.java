package si.asociacija.workflow.membership.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

import si.asociacija.workflow.shared.InvalidInputException;
import si.asociacija.workflow.shared.RequestTooLargeException;

/**
 * The member register for staff: {@code GET /api/members}, {@code POST /api/members/import} (CSV),
 * {@code POST /api/members/{number}/end} and {@code POST /api/members/register-check} (the yearly check, now).
 */
@RestController
class MemberController {

    /** An import of 10,000 members is about 1.5 MB. */
    private static final int MAX_IMPORT_BYTES = 16 * 1024 * 1024;

    private final MemberRegister register;
    private final MemberImport memberImport;
    private final MemberRegisterCheck registerCheck;

    MemberController(MemberRegister register, MemberImport memberImport, MemberRegisterCheck registerCheck) {
        this.register = register;
        this.memberImport = memberImport;
        this.registerCheck = registerCheck;
    }

    record MemberView(String membershipNumber, String type, String name, String email, String registrationNumber,
                      String taxNumber, String field, LocalDate joinDate, String status, String applicationReference,
                      LocalDate endedOn, String language, String representative) {

        static MemberView of(Member m) {
            return new MemberView(m.getMembershipNumber(), m.getType().name(), m.getName(), m.getEmail(),
                    m.getRegistrationNumber(), m.getTaxNumber(), m.getField().name(), m.getJoinDate(),
                    m.getStatus().name(), m.getApplicationReference(), m.getEndedOn(), m.getLanguage(),
                    m.getRepresentative());
        }
    }

    record Ending(LocalDate endedOn) {
    }

    /** The register, optionally only members of one {@code status} (ACTIVE, SUSPENDED, ENDED) or {@code type}. */
    @GetMapping("/api/members")
    List<MemberView> members(@RequestParam(required = false) Member.Status status,
                             @RequestParam(required = false) ApplicantType type) {
        return register.all().stream()
                .filter(m -> status == null || m.getStatus() == status)
                .filter(m -> type == null || m.getType() == type)
                .map(MemberView::of).toList();
    }

    /** The earlier register as CSV (UTF-8), all or nothing; {@code dryRun} only reports what it would do. */
    @PostMapping(path = "/api/members/import", consumes = "text/csv")
    MemberImport.Report importMembers(HttpServletRequest request, @RequestParam(defaultValue = "false") boolean dryRun)
            throws IOException {
        byte[] csv = request.getInputStream().readNBytes(MAX_IMPORT_BYTES + 1);
        if (csv.length > MAX_IMPORT_BYTES) {
            throw new RequestTooLargeException(MAX_IMPORT_BYTES);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(csv)).toString();
            return memberImport.importCsv(text, dryRun);
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of("file", "is not UTF-8 text");
        }
    }

    /** The yearly check of the active members against the registers, now; a member gets one task a year. */
    @PostMapping("/api/members/register-check")
    MemberRegisterCheck.Report checkRegisters() {
        return registerCheck.runNow();
    }

    @PostMapping(path = "/api/members/{membershipNumber}/end", consumes = MediaType.APPLICATION_JSON_VALUE)
    MemberView end(@PathVariable String membershipNumber, @RequestBody Ending ending) {
        return MemberView.of(register.end(membershipNumber, ending.endedOn()));
    }
}
