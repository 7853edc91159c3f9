package si.asociacija.workflow.advocacy.internal;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import si.asociacija.workflow.shared.InvalidInputException;
import si.asociacija.workflow.shared.Texts;

/**
 * {@code GET /api/advocacy-cases/report?year=2026}: the year's report as CSV ({@code Accept: text/csv} or
 * {@code format=csv}, the default) or as a page to read ({@code Accept: text/html} or {@code format=html}).
 */
@Controller
class AdvocacyReportController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. M. yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d. M. yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Ljubljana"));
    /** The page's texts, {@code advocacy.report.*} in the message files, in Slovene and English. */
    private static final List<String> PAGE_TEXTS = List.of("title", "totals", "seen", "actedOn", "answered",
            "membersInvolved", "viewsGiven", "outcomes", "shortConsultations", "medianDaysGiven", "cases", "reference",
            "opened", "source", "caseTitle", "proposer", "consultation", "daysGiven", "decision", "fields", "views",
            "submitted", "outcome", "short", "acted", "notActing", "pending");

    private final AdvocacyReport report;
    private final Texts texts;
    private final AdvocacySettings settings;

    AdvocacyReportController(AdvocacyReport report, Texts texts, AdvocacySettings settings) {
        this.report = report;
        this.texts = texts;
        this.settings = settings;
    }

    @GetMapping(AdvocacyCaseJson.PATH + "/report")
    /** A {@link ResponseEntity} with the CSV, or the page's {@link ModelAndView}. */
    Object report(@RequestParam(required = false) String year, @RequestParam(required = false) String format,
                                  @RequestHeader(name = "Accept", required = false) String accept) {
        boolean html = html(format, accept);
        AdvocacyReport.Report content = report.of(year(year));
        if (!html) {
            return ResponseEntity.ok()
                    .header("Content-Disposition", "attachment; filename=\"advocacy-" + content.year() + ".csv\"")
                    .contentType(CSV).body(report.csv(content));
        }
        return page(content);
    }

    private ModelAndView page(AdvocacyReport.Report content) {
        Map<String, String> text = new LinkedHashMap<>();
        PAGE_TEXTS.forEach(key -> text.put(key, texts.both("advocacy.report." + key)));
        Map<String, String> receptions = new LinkedHashMap<>();
        content.totals().outcomes().keySet().forEach(r -> receptions.put(r.name(), texts.both(r)));
        ModelAndView page = new ModelAndView("advocacy/report");
        page.addObject("report", content);
        page.addObject("text", text);
        page.addObject("receptions", receptions);
        page.addObject("minimumDays", settings.minimumConsultationDays());
        page.addObject("date", DATE);
        page.addObject("time", TIME);
        return page;
    }

    /** {@code format} when given, else the first of CSV and HTML the client accepts most; CSV when it names neither. */
    private static boolean html(String format, String accept) {
        if (format != null) {
            if (!format.equals("csv") && !format.equals("html")) {
                throw InvalidInputException.of("format", "must be csv or html");
            }
            return format.equals("html");
        }
        try {
            List<MediaType> accepted = MediaType.parseMediaTypes(accept).stream()
                    .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed()).toList();
            for (MediaType type : accepted) {
                if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
                    return false;
                }
                if (type.getType().equals("text") && type.getSubtype().equals("html")) {
                    return true;
                }
            }
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        return false;
    }

    private static int year(String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of("year", "is required (e.g. 2026)");
        }
        if (!value.matches("[12]\\d{3}")) {
            throw InvalidInputException.of("year", "must be a year from 1000 to 2999");
        }
        return Integer.parseInt(value);
    }
}
