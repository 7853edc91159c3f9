package si.asociacija.workflow.privacy.internal;

import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletResponse;

import si.asociacija.workflow.privacy.Erasure;
import si.asociacija.workflow.privacy.PersonalDataExport;

/**
 * Personal data for admins: {@code GET /api/personal-data?email=...} answers a ZIP of everything held on
 * the person; {@code POST /api/personal-data/erase {"email": ...}} anonymises it where the law allows.
 */
@RestController
@RequestMapping("/api/personal-data")
class PersonalDataController {

    record ErasureRequest(String email) {
    }

    /** What was anonymised: how many records of each kind, and how many processes' history went with them. */
    record ErasureResult(Map<String, Integer> anonymised, int processHistories) {
    }

    private final SubjectAccess subjectAccess;
    private final Anonymisation anonymisation;

    PersonalDataController(SubjectAccess subjectAccess, Anonymisation anonymisation) {
        this.subjectAccess = subjectAccess;
        this.anonymisation = anonymisation;
    }

    @GetMapping
    void export(@RequestParam(required = false) String email, Principal admin, HttpServletResponse response) throws IOException {
        PersonalDataExport export = subjectAccess.collect(email);
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"personal-data.zip\"");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        subjectAccess.writeZip(email, admin.getName(), export, response.getOutputStream());
    }

    @PostMapping("/erase")
    ErasureResult erase(@RequestBody ErasureRequest request) {
        Erasure erasure = anonymisation.erase(request.email());
        Map<String, Integer> counts = new TreeMap<>();
        erasure.byKind().forEach((kind, references) -> counts.put(kind, references.size()));
        return new ErasureResult(counts, erasure.processes().size());
    }
}
