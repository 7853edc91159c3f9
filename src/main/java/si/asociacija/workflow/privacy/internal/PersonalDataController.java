package si.asociacija.workflow.privacy.internal;

import java.io.IOException;
import java.security.Principal;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletResponse;

import si.asociacija.workflow.privacy.PersonalDataExport;

/** Subject access for admins: {@code GET /api/personal-data?email=...} answers a ZIP of everything held on the person. */
@RestController
@RequestMapping("/api/personal-data")
class PersonalDataController {

    private final SubjectAccess subjectAccess;

    PersonalDataController(SubjectAccess subjectAccess) {
        this.subjectAccess = subjectAccess;
    }

    @GetMapping
    void export(@RequestParam(required = false) String email, Principal admin, HttpServletResponse response) throws IOException {
        PersonalDataExport export = subjectAccess.collect(email);
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"personal-data.zip\"");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        subjectAccess.writeZip(email, admin.getName(), export, response.getOutputStream());
    }

}
