package si.asociacija.workflow.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

import si.asociacija.workflow.ModuleTest;
import si.asociacija.workflow.portal.CaseStatus;
import si.asociacija.workflow.portal.CaseStatusSource;
import si.asociacija.workflow.shared.ConflictException;

/** The status page on its own, with one case source of the test's: what a person sees and may answer. */
@ApplicationModuleTest(extraIncludes = {"identity", "shared"})
@AutoConfigureMockMvc
class StatusPageTest extends ModuleTest {

    private static final String WAITING = "t-waiting-0123456789abcdef0123456789abcdef";
    private static final String DONE = "t-done-0123456789abcdef0123456789abcdef";

    @Autowired
    MockMvc http;
    @Autowired
    OneCase source;

    @TestConfiguration
    static class Cases {
        @Bean
        OneCase oneCase() {
            return new OneCase();
        }
    }

    /** Two cases: one waiting for the person's answer, one finished that may be rated. */
    static class OneCase implements CaseStatusSource {

        final List<String> answers = new ArrayList<>();
        final List<Integer> ratings = new ArrayList<>();

        @Override
        public Optional<CaseStatus> findByToken(String token) {
            List<CaseStatus.Step> history = List.of(new CaseStatus.Step(Instant.parse("2026-11-02T09:30:00Z"),
                    "RECEIVED", "Prejeto", null));
            if (WAITING.equals(token)) {
                return Optional.of(new CaseStatus("TS-2026-0001", "Prijava za članstvo", "MISSING_INFO",
                        "Čaka na dopolnitev", "sl", history, "Priložite statut.", true));
            }
            if (DONE.equals(token)) {
                return Optional.of(new CaseStatus("TS-2026-0002", "Svetovanje", "RESOLVED", "Rešeno", "sl", history,
                        null, false, ratings.isEmpty(), ratings.isEmpty() ? null : ratings.get(0)));
            }
            return Optional.empty();
        }

        @Override
        public void answer(String token, String text) {
            if (!WAITING.equals(token)) {
                throw new ConflictException("The case is not waiting for an answer.");
            }
            answers.add(text);
        }

        @Override
        public void rate(String token, int stars) {
            if (!ratings.isEmpty()) {
                throw new ConflictException("Already rated.");
            }
            ratings.add(stars);
        }
    }

    @BeforeEach
    void reset() {
        source.answers.clear();
        source.ratings.clear();
    }

    @Test
    void thePersonSeesTheirCaseWithoutLoggingIn() throws Exception {
        http.perform(get("/status/" + WAITING).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("TS-2026-0001"),
                        containsString("Priložite statut."),
                        containsString("2. 11. 2026 10:30"))));
        http.perform(get("/status/" + WAITING).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value("TS-2026-0001"))
                .andExpect(jsonPath("$.awaitingAnswer").value(true));
    }

    @Test
    void anUnknownLinkIsNotFound() throws Exception {
        http.perform(get("/status/t-unknown-0123456789abcdef0123456789abcd").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound());
        http.perform(post("/status/t-unknown-0123456789abcdef0123456789abcd/answer")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answer\":\"Tu je.\"}"))
                .andExpect(status().isNotFound());
        assertThat(source.answers).isEmpty();
    }

    @Test
    void anAnswerReachesTheCaseAsThePersonTypedIt() throws Exception {
        http.perform(post("/status/" + WAITING + "/answer").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answer\":\"Statut je v prilogi.\\r\\nLep pozdrav\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value("TS-2026-0001"));
        http.perform(post("/status/" + WAITING + "/answer").contentType(MediaType.APPLICATION_FORM_URLENCODED).content(form("answer", "Še ena priloga.")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/status/" + WAITING));

        assertThat(source.answers).containsExactly("Statut je v prilogi.\nLep pozdrav", "Še ena priloga.");
    }

    @Test
    void anAnswerWithControlCharactersIsRefusedNamingTheField() throws Exception {
        http.perform(post("/status/" + WAITING + "/answer").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answer\":\"Tu\\u0007je\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("answer"));
        assertThat(source.answers).isEmpty();
    }

    @Test
    void aFormWithAParameterTheServerCouldNotDecodeIsRefusedNotReadInPart() throws Exception {
        // answer=%Z&answer=3 and rating=3%Z&rating=3: Tomcat leaves out the broken parameter and flags the request
        http.perform(post("/status/" + WAITING + "/answer").contentType(MediaType.APPLICATION_FORM_URLENCODED).content("answer=3")
                        .requestAttr(StatusController.PARAMETERS_NOT_READ, Boolean.TRUE))
                .andExpect(status().isBadRequest());
        http.perform(post("/status/" + DONE + "/rating").contentType(MediaType.APPLICATION_FORM_URLENCODED).content("rating=3")
                        .requestAttr(StatusController.PARAMETERS_NOT_READ, Boolean.TRUE))
                .andExpect(status().isBadRequest());

        assertThat(source.answers).isEmpty();
        assertThat(source.ratings).isEmpty();
    }

    @Test
    void aCaseThatWaitsForNothingAnswersConflictOnThePage() throws Exception {
        http.perform(post("/status/" + DONE + "/answer").contentType(MediaType.APPLICATION_FORM_URLENCODED).content(form("answer", "Hvala.")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("not waiting for an answer")));
    }

    @Test
    void aRatingIsOneToFiveAndGivenOnce() throws Exception {
        http.perform(post("/status/" + DONE + "/rating").contentType(MediaType.APPLICATION_FORM_URLENCODED).content(form("rating", "6")))
                .andExpect(status().isBadRequest());
        http.perform(post("/status/" + DONE + "/rating").contentType(MediaType.APPLICATION_FORM_URLENCODED).content(form("rating", "5")))
                .andExpect(status().is3xxRedirection());
        http.perform(post("/status/" + DONE + "/rating").contentType(MediaType.APPLICATION_FORM_URLENCODED).content(form("rating", "4")))
                .andExpect(status().isConflict());
        assertThat(source.ratings).containsExactly(5);
    }

    /** A form body as a browser sends it (the public endpoints need its length). */
    private static String form(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
