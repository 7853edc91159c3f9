package si.asociacija.workflow.audit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import si.asociacija.workflow.audit.Audited.SubjectType;
import si.asociacija.workflow.shared.InvalidInputException;
import si.asociacija.workflow.shared.ReferenceNumbers;

/**
 * {@code GET /api/audit} for admins: the audit trail newest first, filtered by {@code subjectType},
 * {@code subject}, {@code actor} and a time range {@code from} (inclusive) and {@code to} (exclusive; a
 * date means its whole day, Ljubljana time), {@code page} from 0 and {@code size} up to 200 (50 unless given).
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    static final int MAX_SIZE = 200;
    private static final int DEFAULT_SIZE = 50;

    private final AuditEntries entries;

    AuditController(AuditEntries entries) {
        this.entries = entries;
    }

    @GetMapping
    AuditEntries.Page read(@RequestParam(required = false) String subjectType, @RequestParam(required = false) String subject,
                           @RequestParam(required = false) String actor, @RequestParam(required = false) String from,
                           @RequestParam(required = false) String to, @RequestParam(required = false) String page,
                           @RequestParam(required = false) String size) {
        return entries.read(new AuditEntries.Query(subjectType(subjectType), subject, actor, instant("from", from, false),
                instant("to", to, true), number("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE),
                number("size", size, DEFAULT_SIZE, 1, MAX_SIZE)));
    }

    private static SubjectType subjectType(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return SubjectType.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("subjectType", "must be one of "
                    + Arrays.stream(SubjectType.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** An instant ({@code 2026-03-01T10:00:00Z}, with an offset) or a date, which stands for its day. */
    private static Instant instant(String field, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ReferenceNumbers.ZONE).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "must be a date (YYYY-MM-DD) or an instant (YYYY-MM-DDThh:mm:ssZ)");
        }
    }

    private static int number(String field, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw InvalidInputException.of(field, "must be a whole number from " + min + " to " + max);
    }
}
