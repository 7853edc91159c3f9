package si.asociacija.workflow.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

import si.asociacija.workflow.registry.SlovenianIdentifiers;
import si.asociacija.workflow.registry.internal.file.RegisterSource;
import si.asociacija.workflow.shared.InvalidInputException;
import si.asociacija.workflow.shared.NotFoundException;

/**
 * Staff: the last imports and their log, an import now (fetched from the register, or a file sent in
 * the request), and lookups in the local copies.
 */
@RestController
@RequestMapping("/api/registry")
class RegistryController {

    /** An import with the lines it refused (the first ones). */
    record ImportDetail(ImportRecord record, List<ImportRecord.Rejection> rejections) {
    }

    private final ImportLog log;
    private final RegisterImports imports;
    private final RegistrySchedule schedule;
    private final RegisterLookup lookup;

    RegistryController(ImportLog log, RegisterImports imports, RegistrySchedule schedule, RegisterLookup lookup) {
        this.log = log;
        this.imports = imports;
        this.schedule = schedule;
        this.lookup = lookup;
    }

    @GetMapping("/imports")
    List<ImportRecord> imports(@RequestParam(defaultValue = "50") int limit) {
        return log.latest(Math.max(1, Math.min(limit, 500)));
    }

    @GetMapping("/imports/{id}")
    ImportDetail importDetail(@PathVariable long id) {
        return new ImportDetail(log.find(id).orElseThrow(NotFoundException::new), log.rejections(id));
    }

    /** Fetches the register's file from its configured address now, in the background (202). */
    @PostMapping("/imports/{source}/fetch")
    ResponseEntity<Map<String, String>> fetch(@PathVariable String source) {
        RegisterSource register = source(source);
        schedule.fetchNow(register);
        return ResponseEntity.accepted().body(Map.of("source", register.name(), "status", "fetching"));
    }

    /** Imports the file sent as the request body (as published: zip or not); 201, or 422 with the reason. */
    @PostMapping("/imports/{source}")
    ResponseEntity<ImportRecord> upload(@PathVariable String source, @RequestParam(defaultValue = "upload") String fileName,
            HttpServletRequest request) throws IOException {
        try (InputStream content = request.getInputStream()) {
            ImportRecord done = imports.importFile(source(source), fileName, content);
            return ResponseEntity.status(done.outcome() == ImportRecord.Outcome.SUCCEEDED ? HttpStatus.CREATED
                    : HttpStatus.UNPROCESSABLE_ENTITY).body(done);
        }
    }

    @GetMapping("/organisations/{registrationNumber}")
    RegisterLookup.Entry byRegistrationNumber(@PathVariable String registrationNumber) {
        if (!SlovenianIdentifiers.isValidRegistrationNumber(registrationNumber)) {
            throw InvalidInputException.of("registrationNumber", "not a valid matična številka (7 or 10 digits with its check digit)");
        }
        String unit = registrationNumber.length() == 7 ? registrationNumber + "000" : registrationNumber;
        return found(lookup.byRegistrationNumber(unit));
    }

    @GetMapping("/organisations")
    RegisterLookup.Entry byTaxNumber(@RequestParam String taxNumber) {
        if (!SlovenianIdentifiers.isValidTaxNumber(taxNumber)) {
            throw InvalidInputException.of("taxNumber", "not a valid davčna številka (8 digits with its check digit)");
        }
        return found(lookup.byTaxNumber(taxNumber));
    }

    private static RegisterLookup.Entry found(RegisterLookup.Entry entry) {
        if (!entry.found()) {
            throw new NotFoundException();
        }
        return entry;
    }

    private static RegisterSource source(String source) {
        try {
            return RegisterSource.valueOf(source);
        } catch (IllegalArgumentException unknown) {
            throw InvalidInputException.of("source", "one of PRS, FURS_PO, FURS_DEJ");
        }
    }
}
