package si.asociacija.workflow.shared;

import org.springframework.context.support.ResourceBundleMessageSource;

/** {@link Texts} from the message files without the application (as spring.messages.* sets them up). */
public final class TestTexts {

    private TestTexts() {
    }

    public static Texts create() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        return new Texts(messages);
    }
}
