package si.asociacija.workflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The Slovene and the English message files say the same things: the same keys, none empty. */
class MessageFilesTest {

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageFilesTest.class.getResourceAsStream("/" + file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() throws IOException {
        Properties slovene = load("messages_sl.properties");
        Properties english = load("messages_en.properties");
        assertThat(slovene.stringPropertyNames()).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void noTextIsEmptyAndEveryApostropheIsWrittenTwice() throws IOException {
        for (String file : new String[] {"messages_sl.properties", "messages_en.properties"}) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                assertThat(text).as(file + ": " + key).isNotBlank();
                assertThat(text.replace("''", "")).as(file + ": " + key + " (a single ' hides the rest)").doesNotContain("'");
            }
        }
    }

    @Test
    void theBaseFileHoldsNoTextsSoNoLanguageFallsBackToIt() throws IOException {
        assertThat(load("messages.properties")).isEmpty();
    }
}
