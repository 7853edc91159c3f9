package si.asociacija.workflow.counselling.internal.web;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import si.asociacija.workflow.counselling.CaseOutcome;
import si.asociacija.workflow.counselling.internal.AssistanceCase;
import si.asociacija.workflow.counselling.internal.AssistanceCaseRepository;
import si.asociacija.workflow.shared.ReferenceNumbers;
import si.asociacija.workflow.shared.WorkingDays;

/**
 * The report for funders over the cases received in a period: cases by topic and month, by outcome,
 * the median first response in working days, and the shares answered and resolved within their SLA
 * (counted over the cases whose SLA could be judged: answered or resolved, or already overdue).
 */
@Component
class AssistanceReport {

    static final String[] HEADER = {"measure", "topic", "month", "outcome", "value"};

    private final AssistanceCaseRepository cases;
    private final WorkingDays workingDays;

    AssistanceReport(AssistanceCaseRepository cases, WorkingDays workingDays) {
        this.cases = cases;
        this.workingDays = workingDays;
    }

    @Transactional(readOnly = true)
    String csv(LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(ReferenceNumbers.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ReferenceNumbers.ZONE).toInstant();
        List<AssistanceCase> period = cases.findByReceivedAtGreaterThanEqualAndReceivedAtLessThanOrderByReceivedAt(start, end);

        Map<String, Long> byTopicAndMonth = new TreeMap<>();
        Map<String, Long> byOutcome = new TreeMap<>();
        List<Integer> firstResponseDays = new ArrayList<>();
        int firstJudged = 0;
        int firstWithin = 0;
        int resolutionJudged = 0;
        int resolutionWithin = 0;
        Instant now = Instant.now();
        for (AssistanceCase c : period) {
            String month = YearMonth.from(c.getReceivedAt().atZone(ReferenceNumbers.ZONE)).toString();
            byTopicAndMonth.merge(c.getTopic().name() + "," + month, 1L, Long::sum);
            byOutcome.merge(c.getOutcome() == null ? "OPEN" : c.getOutcome().name(), 1L, Long::sum);
            if (c.getOutcome() == CaseOutcome.SPAM || c.getOutcome() == CaseOutcome.DUPLICATE) {
                continue;
            }
            if (c.getFirstResponseAt() != null) {
                firstResponseDays.add(workingDays.workingDaysBetween(c.getReceivedAt(), c.getFirstResponseAt()));
                firstJudged++;
                if (!c.getFirstResponseAt().isAfter(c.getFirstResponseDue())) {
                    firstWithin++;
                }
            } else if (now.isAfter(c.getFirstResponseDue())) {
                firstJudged++;
            }
            if (c.getResolvedAt() != null) {
                resolutionJudged++;
                if (!c.getResolvedAt().isAfter(c.getResolutionDue())) {
                    resolutionWithin++;
                }
            } else if (now.isAfter(c.getResolutionDue())) {
                resolutionJudged++;
            }
        }

        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (Map.Entry<String, Long> row : byTopicAndMonth.entrySet()) {
                String[] key = row.getKey().split(",");
                csv.printRecord("cases", key[0], key[1], "", row.getValue());
            }
            for (Map.Entry<String, Long> row : byOutcome.entrySet()) {
                csv.printRecord("cases_by_outcome", "", "", row.getKey(), row.getValue());
            }
            csv.printRecord("cases_total", "", "", "", period.size());
            csv.printRecord("median_first_response_working_days", "", "", "", median(firstResponseDays));
            csv.printRecord("share_first_response_within_sla", "", "", "", share(firstWithin, firstJudged));
            csv.printRecord("share_resolved_within_sla", "", "", "", share(resolutionWithin, resolutionJudged));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static String median(List<Integer> values) {
        if (values.isEmpty()) {
            return "";
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return String.format(Locale.ROOT, "%.1f", median);
    }

    private static String share(int within, int judged) {
        return judged == 0 ? "" : String.format(Locale.ROOT, "%.2f", (double) within / judged);
    }
}
