package si.asociacija.workflow.advocacy.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.commons.validator.routines.EmailValidator;

import si.asociacija.workflow.advocacy.internal.watch.Draft;
import si.asociacija.workflow.shared.InvalidInputException;

/**
 * A draft staff enter by hand (Tasklist's start form): checked field by field. Its item is its link, so the
 * same link is not opened twice; without a link, every entry is an item of its own.
 */
final class HandOpened {

    static final List<String> FIELDS = List.of("title", "proposer", "stage", "link", "summary", "consultationDeadline",
            "consultationOpenedOn", "consultationAddress");

    private HandOpened() {
    }

    static Draft draft(String title, String proposer, String stage, String link, String summary, String consultationDeadline,
                       String consultationOpenedOn) {
        String name = AdvocacyCases.text(title, 500, "title");
        if (name == null || name.contains("\n")) {
            throw InvalidInputException.of("title", "is required (one line, at most 500 characters)");
        }
        String url = AdvocacyCases.text(link, 1000, "link");
        if (url != null && !url.matches("https?://\\S+")) {
            throw InvalidInputException.of("link", "must be an http(s) link");
        }
        LocalDate deadline = AdvocacyCases.date(consultationDeadline, "consultationDeadline");
        LocalDate opened = AdvocacyCases.date(consultationOpenedOn, "consultationOpenedOn");
        if (deadline != null && opened != null && opened.isAfter(deadline)) {
            throw InvalidInputException.of("consultationOpenedOn", "must not be after the consultation's deadline");
        }
        return new Draft(AdvocacyCase.BY_HAND, url != null ? url : "by-hand:" + UUID.randomUUID(), name,
                AdvocacyCases.text(proposer, 300, "proposer"), AdvocacyCases.text(stage, 200, "stage"), url,
                opened, deadline, AdvocacyCases.text(summary, 4000, "summary"));
    }

    static String address(String address) {
        String value = AdvocacyCases.text(address, 320, "consultationAddress");
        if (value != null && !EmailValidator.getInstance().isValid(value)) {
            throw InvalidInputException.of("consultationAddress", "is not a valid email address");
        }
        return value;
    }
}
