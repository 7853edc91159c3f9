package si.asociacija.workflow.membership.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/membership-applications} is public; listing applications is for staff
 * (see the security configuration).
 */
@RestController
class MembershipController {

    private final MembershipApplications service;
    private final MembershipApplicationRepository applications;

    MembershipController(MembershipApplications service, MembershipApplicationRepository applications) {
        this.service = service;
        this.applications = applications;
    }

    @PostMapping(path = "/api/membership-applications", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MembershipApplications.Submitted> apply(@RequestBody ApplicationForm form) {
        MembershipApplications.Submitted submitted = service.apply(form);
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create(submitted.statusUrl()))
                .body(submitted);
    }

    record ApplicationView(String reference, String type, String name, String email, String phone, String address,
                           String registrationNumber, String taxNumber, String field, String language,
                           String status, String resolutionNumber, Instant submittedAt, Instant updatedAt) {
    }

    @GetMapping("/api/membership-applications")
    @Transactional(readOnly = true)
    List<ApplicationView> applications() {
        return applications.findAllByOrderBySubmittedAtDesc().stream()
                .map(a -> new ApplicationView(a.getReference(), a.getType().name(), a.getName(), a.getEmail(),
                        a.getPhone(), a.getAddress(), a.getRegistrationNumber(), a.getTaxNumber(), a.getField().name(),
                        a.getLanguage(), a.getStatus().name(), a.getResolutionNumber(), a.getSubmittedAt(), a.getUpdatedAt()))
                .toList();
    }
}
