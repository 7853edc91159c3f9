package si.asociacija.workflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The texts as the application reads them (Spring Boot's MessageSource set up from application.yaml,
 * in a context of its own without the engine): UTF-8, the person's language, never the machine's.
 */
@SpringBootTest(classes = Texts.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ImportAutoConfiguration(MessageSourceAutoConfiguration.class)
class TextsTest {

    @Autowired
    Texts texts;
    @Autowired
    MessageSource messageSource;

    @Test
    void theApplicationsSettingsAreUsed() {
        assertThat(messageSource).isInstanceOf(ResourceBundleMessageSource.class);
    }

    @Test
    void slovenianAndEnglishTextsKeepTheirCharacters() {
        assertThat(texts.text("caseState.WAITING_FOR_CLIENT", "sl")).isEqualTo("Čakamo na vaš odgovor");
        assertThat(texts.text("caseState.WAITING_FOR_CLIENT", "en")).isEqualTo("Waiting for your reply");
        assertThat(texts.text("applicationStatus.APPROVED", "sl")).isEqualTo("Odobrena — dobrodošli med člani");
        assertThat(texts.text("applicationStatus.APPROVED", "en")).isEqualTo("Approved — welcome as a member");
        assertThat(texts.text("fieldOfWork.CULTURAL_HERITAGE", "sl")).isEqualTo("Kulturna dediščina");
        assertThat(texts.text("portal.send", "sl")).isEqualTo("Pošlji");
    }

    @Test
    void anyLanguageButEnglishIsSlovene() {
        assertThat(texts.text("topic.TAXES", "en")).isEqualTo("Taxes");
        assertThat(texts.text("topic.TAXES", "sl")).isEqualTo("Davki");
        assertThat(texts.text("topic.TAXES", null)).isEqualTo("Davki");
        assertThat(texts.text("topic.TAXES", "de")).isEqualTo("Davki");
    }

    @Test
    void staffTextsShowBothLanguagesAndApostrophesSurvive() {
        assertThat(texts.both("counselling.task.topic")).isEqualTo("Področje / Topic");
        assertThat(texts.both("membership.task.applicantAnswer")).isEqualTo("Dopolnitev prijavitelja / Applicant's answer");
        assertThat(texts.both("group.camunda-admin")).isEqualTo("Administratorji / Administrators");
    }

    @Test
    void theMachinesLocaleNeverChoosesTheLanguage() {
        Locale machine = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(texts.text("caseState.RESOLVED", "sl")).isEqualTo("Rešeno");
            // a language without a file gets no text at all rather than the machine's (English) one
            assertThatThrownBy(() -> messageSource.getMessage("caseState.RESOLVED", null, Locale.GERMAN))
                    .isInstanceOf(NoSuchMessageException.class);
        } finally {
            Locale.setDefault(machine);
        }
    }

    @Test
    void anUnknownKeyIsAnErrorNotTheKeyItself() {
        assertThatThrownBy(() -> texts.text("no.such.key", "sl")).isInstanceOf(NoSuchMessageException.class);
    }
}
