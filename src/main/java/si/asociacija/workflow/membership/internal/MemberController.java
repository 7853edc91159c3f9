package si.asociacija.workflow.membership.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The member register for staff: {@code GET /api/members}, {@code POST /api/members/{number}/end}. */
@RestController
class MemberController {

    private final MemberRegister register;

    MemberController(MemberRegister register) {
        this.register = register;
    }

    record MemberView(String membershipNumber, String type, String name, String email, String registrationNumber,
                      String taxNumber, String field, LocalDate joinDate, String status, String applicationReference,
                      LocalDate endedOn) {

        static MemberView of(Member m) {
            return new MemberView(m.getMembershipNumber(), m.getType().name(), m.getName(), m.getEmail(),
                    m.getRegistrationNumber(), m.getTaxNumber(), m.getField().name(), m.getJoinDate(),
                    m.getStatus().name(), m.getApplicationReference(), m.getEndedOn());
        }
    }

    record Ending(LocalDate endedOn) {
    }

    @GetMapping("/api/members")
    List<MemberView> members() {
        return register.all().stream().map(MemberView::of).toList();
    }

    @PostMapping(path = "/api/members/{membershipNumber}/end", consumes = MediaType.APPLICATION_JSON_VALUE)
    MemberView end(@PathVariable String membershipNumber, @RequestBody Ending ending) {
        return MemberView.of(register.end(membershipNumber, ending.endedOn()));
    }
}
