package si.asociacija.workflow.shared;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Every Slovene and English text the product writes itself, from {@code messages_sl.properties} and
 * {@code messages_en.properties} (mail templates excepted: they have their own folders). The language
 * is a person's: {@code "en"} is English, anything else Slovene.
 */
@Component
public class Texts {

    private final MessageSource messages;

    public Texts(MessageSource messages) {
        this.messages = messages;
    }

    /** A person's language as the product writes it: {@code "en"}, or {@code "sl"} for anything else. */
    public static String language(String language) {
        return "en".equals(language) ? "en" : "sl";
    }

    /** The text under {@code key} in {@code language}, with {@code {0}}, {@code {1}}… filled in from {@code args}. */
    public String text(String key, String language, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(language(language)));
    }

    /** The label of an enum value in {@code language}. */
    public String label(Labelled value, String language) {
        return text(value.messageKey(), language);
    }

    /** Slovene and English together, as staff read them in Tasklist: {@code "Davki / Taxes"}. */
    public String both(String key, Object... args) {
        return text(key, "sl", args) + " / " + text(key, "en", args);
    }

    /** The label of an enum value in Slovene and English together. */
    public String both(Labelled value) {
        return both(value.messageKey());
    }
}
