package si.asociacija.workflow.membership.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import jakarta.validation.Validator;

import si.asociacija.workflow.audit.Audited;
import si.asociacija.workflow.audit.Audited.SubjectType;
import si.asociacija.workflow.membership.MemberAdmitted;
import si.asociacija.workflow.shared.InvalidInputException;
import si.asociacija.workflow.shared.InvalidRowsException;
import si.asociacija.workflow.shared.InvalidRowsException.RowError;
import si.asociacija.workflow.shared.ReferenceNumbers;
import si.asociacija.workflow.shared.Violations;

/**
 * The earlier member register imported from CSV, all or nothing: a row whose organisation
 * (registration number) or person (email) is already a member updates that member, any other row
 * makes a new member with the next membership number. Imports, and admissions, wait for each other.
 */
@Service
class MemberImport {

    private static final Logger log = LoggerFactory.getLogger(MemberImport.class);
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setTrim(false).get();

    private final MemberRepository members;
    private final ReferenceNumbers referenceNumbers;
    private final Validator validator;
    private final ApplicationEventPublisher events;

    MemberImport(MemberRepository members, ReferenceNumbers referenceNumbers, Validator validator,
                 ApplicationEventPublisher events) {
        this.members = members;
        this.referenceNumbers = referenceNumbers;
        this.validator = validator;
        this.events = events;
    }

    /** What an import did, or (dry run) would do. {@code rejected}: every bad line with its field and reason. */
    record Report(int created, int updated, int unchanged, List<RowError> rejected) {
    }

    /** Checks every row; stores them only when all are valid and this is not a dry run. */
    @Transactional
    Report importCsv(String csv, boolean dryRun) {
        List<Row> rows = parse(csv);
        List<RowError> rejected = new ArrayList<>();
        rows.forEach(row -> rejected.addAll(check(row)));
        rejected.addAll(repeated(rows));
        if (!rejected.isEmpty() && !dryRun) {
            throw new InvalidRowsException(rejected);
        }
        if (!dryRun) {
            referenceNumbers.lock(Member.NUMBER_PREFIX);
        }
        Map<String, Member> byRegistration = new HashMap<>();
        Map<String, Member> byEmail = new HashMap<>();
        for (Member member : members.findAll()) {
            if (member.getType() == ApplicantType.ORGANISATION && member.getRegistrationNumber() != null) {
                byRegistration.putIfAbsent(member.getRegistrationNumber(), member);
            } else if (member.getType() == ApplicantType.INDIVIDUAL) {
                byEmail.putIfAbsent(member.getEmail().toLowerCase(Locale.ROOT), member);
            }
        }
        Set<Integer> bad = new HashSet<>(rejected.stream().map(RowError::line).toList());
        List<MemberRow> creating = new ArrayList<>();
        int updated = 0;
        int unchanged = 0;
        for (Row row : rows) {
            if (bad.contains(row.line())) {
                continue;
            }
            Member existing = existing(row.values(), byRegistration, byEmail);
            if (existing == null) {
                creating.add(row.values());
            } else if (dryRun ? existing.differsFrom(row.values()) : existing.update(row.values())) {
                updated++;
                if (!dryRun) {
                    events.publishEvent(Audited.of(SubjectType.MEMBER, existing.getMembershipNumber(), "updated-by-import", null));
                }
            } else {
                unchanged++;
            }
        }
        if (dryRun) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new Report(creating.size(), updated, unchanged, rejected);
        }
        List<String> numbers = referenceNumbers.reserve(Member.NUMBER_PREFIX, Member.NUMBER_FORMAT, creating.size());
        for (int i = 0; i < creating.size(); i++) {
            Member member = members.save(new Member(numbers.get(i), creating.get(i)));
            events.publishEvent(new MemberAdmitted(member.getMembershipNumber(), null, member.getJoinDate()));
            events.publishEvent(Audited.of(SubjectType.MEMBER, member.getMembershipNumber(), "imported", "joined " + member.getJoinDate()));
        }
        log.info("Member register import: {} created, {} updated, {} unchanged", creating.size(), updated, unchanged);
        return new Report(creating.size(), updated, unchanged, List.of());
    }

    private record Row(int line, MemberRow values) {
    }

    private static List<Row> parse(String csv) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            List<String> missing = MemberRow.HEADER.stream().filter(h -> !parser.getHeaderMap().containsKey(h)).toList();
            if (!missing.isEmpty()) {
                throw InvalidInputException.of("header", "must name the columns " + String.join(",", MemberRow.HEADER)
                        + " (missing: " + String.join(", ", missing) + ")");
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> v = new LinkedHashMap<>();
                MemberRow.HEADER.forEach(h -> v.put(h, record.isSet(h) ? record.get(h) : null));
                rows.add(new Row((int) parser.getCurrentLineNumber(), new MemberRow(v.get("type"), v.get("name"),
                        v.get("email"), v.get("registrationNumber"), v.get("taxNumber"), v.get("field"),
                        v.get("joinDate"), v.get("language"), v.get("representative"))));
            }
            return rows;
        } catch (IOException | IllegalStateException | UncheckedIOException | IllegalArgumentException e) {
            // the parser's message may quote a row: personal data stays out of the answer and the log
            throw InvalidInputException.of("file", "is not CSV with the header row " + String.join(",", MemberRow.HEADER));
        }
    }

    private List<RowError> check(Row row) {
        Map<String, String> errors = new LinkedHashMap<>(
                Violations.messages(validator.validate(row.values()), MemberRow.PRECEDENCE));
        if (!errors.containsKey("joinDate")) {
            try {
                if (LocalDate.parse(row.values().joinDate()).isAfter(LocalDate.now(ReferenceNumbers.ZONE))) {
                    errors.put("joinDate", "is in the future");
                }
            } catch (DateTimeException e) {
                errors.put("joinDate", "is not a date");
            }
        }
        return errors.entrySet().stream().map(e -> new RowError(row.line(), e.getKey(), e.getValue())).toList();
    }

    /** The same organisation or person twice in one file: which line would win is not for us to guess. */
    private static List<RowError> repeated(List<Row> rows) {
        Map<String, Integer> seen = new HashMap<>();
        List<RowError> errors = new ArrayList<>();
        for (Row row : rows) {
            String key = key(row.values());
            Integer first = key == null ? null : seen.putIfAbsent(key, row.line());
            if (first != null) {
                errors.add(new RowError(row.line(), row.values().organisation() ? "registrationNumber" : "email",
                        "is already on line " + first));
            }
        }
        return errors;
    }

    private static String key(MemberRow row) {
        if (row.organisation()) {
            String number = MemberRow.digits(row.registrationNumber());
            return number == null ? null : "R" + number;
        }
        return row.email() == null || row.email().isBlank() ? null : "E" + row.email().trim().toLowerCase(Locale.ROOT);
    }

    private static Member existing(MemberRow row, Map<String, Member> byRegistration, Map<String, Member> byEmail) {
        return row.organisation() ? byRegistration.get(MemberRow.digits(row.registrationNumber()))
                : byEmail.get(row.email().trim().toLowerCase(Locale.ROOT));
    }
}
