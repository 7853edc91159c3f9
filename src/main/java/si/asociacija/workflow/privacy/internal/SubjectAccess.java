package si.asociacija.workflow.privacy.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.validator.routines.EmailValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import si.asociacija.workflow.privacy.PersonalData;
import si.asociacija.workflow.privacy.PersonalDataExport;
import si.asociacija.workflow.shared.InvalidInputException;

/**
 * A subject access request: what every capability holds on the person with this email address, as a
 * ZIP of JSON documents and the files they sent, with {@code index.json} listing what is in it.
 */
@Service
class SubjectAccess {

    /** What the ZIP holds, for the person and for the admin who sends it to them. */
    record Index(String email, Instant exportedAt, String exportedBy, List<String> documents, List<String> files) {
    }

    private final List<PersonalData> holders;
    private final ObjectMapper json;

    SubjectAccess(List<PersonalData> holders, ObjectMapper json) {
        this.holders = holders;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** Everything held on the person; the address is checked first (400 naming {@code email}). */
    @Transactional(readOnly = true)
    PersonalDataExport collect(String email) {
        if (email == null || !EmailValidator.getInstance().isValid(email.trim())) {
            throw InvalidInputException.of("email", "is not a valid email address");
        }
        PersonalDataExport export = new PersonalDataExport();
        holders.forEach(holder -> holder.export(email.trim(), export));
        return export;
    }

    void writeZip(String email, String exportedBy, PersonalDataExport export, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            Index index = new Index(email.trim(), Instant.now(), exportedBy,
                    export.documents().stream().map(PersonalDataExport.Document::path).toList(),
                    export.files().stream().map(PersonalDataExport.File::path).toList());
            entry(zip, "index.json", json.writeValueAsBytes(index));
            for (PersonalDataExport.Document document : export.documents()) {
                entry(zip, document.path(), json.writeValueAsBytes(document.value()));
            }
            for (PersonalDataExport.File file : export.files()) {
                entry(zip, file.path(), file.content());
            }
        }
    }

    private static void entry(ZipOutputStream zip, String path, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(content);
        zip.closeEntry();
    }
}
