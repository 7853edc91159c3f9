package si.asociacija.workflow.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything the product holds on one person, part by part: records (written as JSON documents) and
 * files (attachments as they were received), each under a path of the export's ZIP.
 */
public final class PersonalDataExport {

    /** A record: a JSON document of {@code value} (a record type or a list of them). */
    public record Document(String path, Object value) {
    }

    /** A file as it was received. */
    public record File(String path, String contentType, byte[] content) {
    }

    private final List<Document> documents = new ArrayList<>();
    private final List<File> files = new ArrayList<>();

    /** Adds the records under {@code path} (e.g. {@code membership/applications.json}); an empty list adds nothing. */
    public void document(String path, Object value) {
        Objects.requireNonNull(path, "path");
        if (value instanceof List<?> list && list.isEmpty()) {
            return;
        }
        documents.add(new Document(path, value));
    }

    /** Adds a file under {@code path} (e.g. {@code counselling/SC-2026-0001/attachments/1-contract.pdf}). */
    public void file(String path, String contentType, byte[] content) {
        files.add(new File(Objects.requireNonNull(path, "path"), contentType, content));
    }

    public List<Document> documents() {
        return List.copyOf(documents);
    }

    public List<File> files() {
        return List.copyOf(files);
    }

    /** True when no capability holds anything on the person. */
    public boolean isEmpty() {
        return documents.isEmpty() && files.isEmpty();
    }
}
