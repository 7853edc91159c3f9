package si.asociacija.workflow.counselling.internal.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientLanguageTest {

    @Test
    void declaredLanguageWins() {
        assertThat(InboundMailReader.language("en-GB", "Prispevki", "Ali je to res?")).isEqualTo("en");
        assertThat(InboundMailReader.language("sl", "Contributions", "Hello, please help.")).isEqualTo("sl");
    }

    @Test
    void englishMailIsAnsweredInEnglish() {
        assertThat(InboundMailReader.language(null, "Social security contributions",
                "Hello, I am a self-employed musician and I would like to know if the state pays my contributions. Thank you, regards"))
                .isEqualTo("en");
    }

    @Test
    void sloveneIsTheDefault() {
        assertThat(InboundMailReader.language(null, "Prispevki", "Ali mi država plača prispevke? Hvala, lp")).isEqualTo("sl");
        assertThat(InboundMailReader.language(null, null, null)).isEqualTo("sl");
    }
}
