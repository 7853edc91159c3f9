package si.asociacija.workflow.assembly.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.BadUserRequestException;

/** The Tasklist start form of an assembly, read into the same request as {@code POST /api/assemblies}. */
final class StartForm {

    private StartForm() {
    }

    static ConveningRequest request(String title, Object startsAt, String place, Object remoteVoting, String agenda) {
        return new ConveningRequest(title, time(startsAt), place, Boolean.TRUE.equals(remoteVoting), AgendaText.parse(agenda));
    }

    private static LocalDateTime time(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.toString().trim());
        } catch (DateTimeParseException e) {
            throw new BadUserRequestException("startsAt: write the date and time as YYYY-MM-DDTHH:MM, e.g. 2027-03-20T17:00");
        }
    }
}
