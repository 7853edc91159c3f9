package si.asociacija.workflow.advocacy.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import si.asociacija.workflow.advocacy.internal.MemberViewRepository.ViewCounts;
import si.asociacija.workflow.shared.ReferenceNumbers;

/**
 * The year's advocacy in numbers, over the cases opened that year: consultations seen, acted on and
 * answered, members involved and their views, how the government took our positions, consultations
 * shorter than the rules ask for; then one line per case.
 */
@Component
class AdvocacyReport {

    static final String[] HEADER = {"reference", "opened", "source", "title", "proposer", "consultationOpenedOn",
            "consultationDeadline", "daysGiven", "shortConsultation", "decision", "fields", "viewsInvited", "viewsGiven",
            "submittedAt", "submittedVia", "outcome"};
    static final String ACTED = "acted";
    static final String NOT_ACTING = "not acting";
    static final String PENDING = "pending";

    private final AdvocacyCaseRepository cases;
    private final MemberViewRepository views;
    private final AdvocacyCaseJson json;

    AdvocacyReport(AdvocacyCaseRepository cases, MemberViewRepository views, AdvocacyCaseJson json) {
        this.cases = cases;
        this.views = views;
        this.json = json;
    }

    record Row(String reference, LocalDate opened, String source, String title, String proposer,
               LocalDate consultationOpenedOn, LocalDate consultationDeadline, Integer daysGiven, boolean shortConsultation,
               String decision, String fields, long viewsInvited, long viewsGiven, Instant submittedAt, String submittedVia,
               String outcome) {
    }

    /** {@code outcomes}: every reception, in order, with its count; {@code medianDaysGiven} blank when no case gave its dates. */
    record Totals(int seen, long actedOn, long answered, long membersInvolved, long viewsGiven,
                  Map<Reception, Long> outcomes, long shortConsultations, String medianDaysGiven) {
    }

    record Report(int year, Totals totals, List<Row> rows) {
    }

    @Transactional(readOnly = true)
    Report of(int year) {
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(ReferenceNumbers.ZONE).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(ReferenceNumbers.ZONE).toInstant();
        Map<Long, ViewCounts> counts = views.countPerCaseOpenedIn(from, to).stream()
                .collect(Collectors.toMap(ViewCounts::getCaseId, Function.identity()));
        List<Row> rows = cases.findByOpenedAtGreaterThanEqualAndOpenedAtLessThanOrderByOpenedAt(from, to).stream()
                .map(c -> row(c, counts.get(c.getId())))
                .toList();
        Map<Reception, Long> outcomes = new EnumMap<>(Reception.class);
        for (Reception reception : Reception.values()) {
            outcomes.put(reception, rows.stream().filter(r -> reception.name().equals(r.outcome())).count());
        }
        Totals totals = new Totals(rows.size(), rows.stream().filter(r -> ACTED.equals(r.decision())).count(),
                rows.stream().filter(r -> r.submittedAt() != null).count(),
                views.countMembersWithViewsOnCasesOpenedIn(from, to),
                rows.stream().mapToLong(Row::viewsGiven).sum(), outcomes,
                rows.stream().filter(Row::shortConsultation).count(),
                median(rows.stream().map(Row::daysGiven).filter(Objects::nonNull).sorted().toList()));
        return new Report(year, totals, rows);
    }

    String csv(Report report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (Row r : report.rows()) {
                csv.printRecord(r.reference(), r.opened(), r.source(), r.title(), r.proposer(), r.consultationOpenedOn(),
                        r.consultationDeadline(), r.daysGiven(), r.shortConsultation(), r.decision(), r.fields(),
                        r.viewsInvited(), r.viewsGiven(), r.submittedAt(), r.submittedVia(), r.outcome());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private Row row(AdvocacyCase c, ViewCounts counts) {
        String decision = switch (c.getStatus()) {
            case REVIEW -> PENDING;
            case NOT_ACTING -> NOT_ACTING;
            default -> ACTED;
        };
        return new Row(c.getReference(), AdvocacyDeadlines.today(c.getOpenedAt()), c.getSource(), c.getTitle(), c.getProposer(),
                c.getConsultationOpenedOn(), c.getConsultationDeadline(), c.daysGiven(), json.isShort(c), decision,
                c.fieldSet().stream().map(Enum::name).collect(Collectors.joining(";")),
                counts == null ? 0 : counts.getInvited(), counts == null ? 0 : counts.getGiven(), c.getSubmittedAt(),
                c.getSubmittedVia() == null ? null : c.getSubmittedVia().name(),
                c.getOutcome() == null ? null : c.getOutcome().name());
    }

    private static String median(List<Integer> sorted) {
        if (sorted.isEmpty()) {
            return "";
        }
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return String.format(Locale.ROOT, "%.1f", median);
    }
}
