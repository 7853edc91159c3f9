package si.asociacija.workflow.portal.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import si.asociacija.workflow.portal.CaseStatus;
import si.asociacija.workflow.portal.CaseStatusSource;
import si.asociacija.workflow.shared.ConflictException;
import si.asociacija.workflow.shared.InvalidInputException;
import si.asociacija.workflow.shared.NotFoundException;
import si.asociacija.workflow.shared.TextRules;
import si.asociacija.workflow.shared.Texts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The private status page: {@code /status/<token>}; a wrong token is a plain 404. */
@Controller
@RequestMapping("/status/{token}")
class StatusController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d. M. yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Ljubljana"));

    /** The page's own texts, {@code portal.*} in the message files. */
    /** Set by Tomcat when it left out a parameter it could not decode (a broken percent escape) or had too many. */
    static final String PARAMETERS_NOT_READ = "org.apache.catalina.parameter_parse_failed";

    private static final List<String> PAGE_TEXTS = List.of("state", "moreInformation", "yourAnswer", "send",
            "ratingQuestion", "yourRating", "history");

    private final List<CaseStatusSource> sources;
    private final Texts texts;

    record StepView(String at, String label, String note) {
    }

    StatusController(List<CaseStatusSource> sources, Texts texts) {
        this.sources = sources;
        this.texts = texts;
    }

    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
    String page(@PathVariable String token, Model model) {
        CaseStatus status = find(token);
        model.addAttribute("c", status);
        model.addAttribute("token", token);
        model.addAttribute("text", PAGE_TEXTS.stream()
                .collect(Collectors.toMap(key -> key, key -> texts.text("portal." + key, status.language()))));
        model.addAttribute("steps", status.history().stream()
                .map(step -> new StepView(TIME.format(step.at()), step.label(), step.note())).toList());
        return "portal/status";
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    CaseStatus json(@PathVariable String token) {
        return find(token);
    }

    @PostMapping(path = "/answer", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String answerForm(@PathVariable String token, @RequestParam(defaultValue = "") String answer, Model model,
                      HttpServletRequest request, HttpServletResponse response) {
        try {
            allRead(request, "answer");
            source(token).answer(token, checked(answer));
        } catch (InvalidInputException | ConflictException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 400);
            model.addAttribute("error", e instanceof InvalidInputException invalid
                    ? String.join("; ", invalid.fieldErrors().entrySet().stream().map(x -> x.getKey() + " " + x.getValue()).toList())
                    : e.getMessage());
            return page(token, model);
        }
        return "redirect:/status/" + token;
    }

    @PostMapping(path = "/rating", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String rateForm(@PathVariable String token, @RequestParam(defaultValue = "") String rating, Model model,
                    HttpServletRequest request, HttpServletResponse response) {
        try {
            allRead(request, "rating");
            if (!rating.matches("[1-5]")) {
                throw InvalidInputException.of("rating", "must be 1 to 5");
            }
            source(token).rate(token, Integer.parseInt(rating));
        } catch (InvalidInputException | ConflictException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 400);
            model.addAttribute("error", e.getMessage());
            return page(token, model);
        }
        return "redirect:/status/" + token;
    }

    @PostMapping(path = "/answer", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<CaseStatus> answerJson(@PathVariable String token, @RequestBody Map<String, String> body) {
        CaseStatusSource source = source(token);
        source.answer(token, checked(body.getOrDefault("answer", "")));
        return ResponseEntity.ok(source.findByToken(token).orElseThrow(NotFoundException::new));
    }

    /** A form of which a parameter was left out is refused: {@code answer=%Z&answer=3} must not be read as {@code answer=3}. */
    private static void allRead(HttpServletRequest request, String field) {
        if (request.getAttribute(PARAMETERS_NOT_READ) != null) {
            throw InvalidInputException.of(field, "could not be read (a broken percent escape)");
        }
    }

    /** The answer as a person typed it: line breaks as {@code \n}, no control characters; blank when only invisible. */
    private static String checked(String answer) {
        String problem = TextRules.problem(answer, false);
        if (problem != null) {
            throw InvalidInputException.of("answer", problem);
        }
        return TextRules.isBlank(answer) ? "" : TextRules.normalise(answer);
    }

    private CaseStatus find(String token) {
        return sources.stream().flatMap(s -> s.findByToken(token).stream()).findFirst().orElseThrow(NotFoundException::new);
    }

    private CaseStatusSource source(String token) {
        return sources.stream().filter(s -> s.findByToken(token).isPresent()).findFirst().orElseThrow(NotFoundException::new);
    }
}
