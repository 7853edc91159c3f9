package si.asociacija.workflow.mail;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import si.asociacija.workflow.shared.Texts;

/**
 * One message to one recipient: a template ({@code templates/mail/<language>/<template>.html}, whose
 * {@code <title>} is the subject), the case reference it concerns and the template's model.
 * Optional: the Message-ID it answers ({@code inReplyTo}, for threading), where replies go, and one
 * attached file.
 */
public record OutgoingMail(String to, String template, String language, String reference, Map<String, Object> model,
                           String inReplyTo, String replyTo, MailAttachment attachment) {

    public OutgoingMail(String to, String template, String language, String reference, Map<String, Object> model) {
        this(to, template, language, reference, model, null, null);
    }

    public OutgoingMail(String to, String template, String language, String reference, Map<String, Object> model,
                        String inReplyTo, String replyTo) {
        this(to, template, language, reference, model, inReplyTo, replyTo, null);
    }

    /** The same message with a file attached. */
    public OutgoingMail with(MailAttachment file) {
        return new OutgoingMail(to, template, language, reference, model, inReplyTo, replyTo, file);
    }

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(reference, "reference");
        language = Texts.language(language);
        model = model == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(model)); // null values allowed
    }
}
