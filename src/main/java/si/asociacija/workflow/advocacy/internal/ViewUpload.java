package si.asociacija.workflow.advocacy.internal;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

import si.asociacija.workflow.shared.InvalidInputException;

/**
 * The files a member sends with a view, checked before anything is stored: at most three, each of a kind
 * people write documents in (PDF, Word, OpenDocument, text, images), within the size limit, with a
 * plain file name.
 */
@Component
class ViewUpload {

    static final Set<String> CONTENT_TYPES = Set.of("application/pdf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.oasis.opendocument.text",
            "application/rtf", "text/plain", "image/png", "image/jpeg");

    private final AdvocacySettings settings;

    ViewUpload(AdvocacySettings settings) {
        this.settings = settings;
    }

    List<ViewFile> files(List<MemberViewPage.File> files) {
        if (files == null) {
            return List.of();
        }
        if (files.size() > MemberView.MAX_FILES) {
            throw InvalidInputException.of("files", "at most " + MemberView.MAX_FILES + " files");
        }
        return IntStream.range(0, files.size()).mapToObj(i -> file(files.get(i), "files[" + i + "]")).toList();
    }

    private ViewFile file(MemberViewPage.File file, String field) {
        if (file == null) {
            throw InvalidInputException.of(field, "is required");
        }
        String name = name(file.name());
        if (name == null) {
            throw InvalidInputException.of(field + ".name", "is required (at most 255 characters)");
        }
        String type = file.contentType() == null ? "" : file.contentType().toLowerCase(Locale.ROOT).strip();
        if (!CONTENT_TYPES.contains(type)) {
            throw InvalidInputException.of(field + ".contentType", "must be a PDF, Word, OpenDocument, text, PNG or JPEG file");
        }
        byte[] content;
        try {
            content = Base64.getDecoder().decode(file.content() == null ? "" : file.content());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field + ".content", "must be base64");
        }
        if (content.length == 0) {
            throw InvalidInputException.of(field + ".content", "is empty");
        }
        if (content.length > settings.maxViewFileSize().toBytes()) {
            throw InvalidInputException.of(field + ".content", "is larger than " + settings.maxViewFileSize().toMegabytes() + " MB");
        }
        return new ViewFile(name, type, content);
    }

    /** The name without any folder, without control characters; null when nothing is left. */
    static String name(String name) {
        if (name == null) {
            return null;
        }
        String plain = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cntrl}\"]", "").strip();
        return plain.isEmpty() || plain.length() > 255 ? null : plain;
    }
}
