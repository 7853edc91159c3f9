package si.asociacija.workflow.counselling.internal.web;

import java.lang.annotation.Annotation;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import si.asociacija.workflow.counselling.internal.Topic;
import si.asociacija.workflow.shared.EmailAddress;
import si.asociacija.workflow.shared.MultiLine;
import si.asociacija.workflow.shared.OneOf;
import si.asociacija.workflow.shared.Required;
import si.asociacija.workflow.shared.SingleLine;

/** A question sent with the public form. */
record AssistanceRequest(
        @SingleLine @Required(message = AssistanceRequest.NAME) @Size(max = 200, message = AssistanceRequest.NAME)
        String name,
        @SingleLine @NotNull(message = AssistanceRequest.EMAIL) @EmailAddress(message = AssistanceRequest.EMAIL)
        String email,
        @SingleLine @Required(message = AssistanceRequest.TOPIC)
        @OneOf(value = Topic.class, message = AssistanceRequest.TOPIC)
        String topic,
        @MultiLine @Required(message = AssistanceRequest.MESSAGE) @Size(max = 20000, message = AssistanceRequest.MESSAGE)
        String message,
        @SingleLine @Pattern(regexp = AssistanceRequest.LANGUAGE, message = "must be sl or en")
        String language,
        @NotNull(message = AssistanceRequest.CONSENT) @AssertTrue(message = AssistanceRequest.CONSENT)
        Boolean consent) {

    /** sl or en as {@link #languageOrDefault()} reads it: none (blank) is sl. */
    static final String LANGUAGE = "\\p{javaWhitespace}*|sl|en";
    static final String NAME = "is required (at most 200 characters)";
    static final String EMAIL = "is not a valid email address";
    static final String TOPIC =
            "must be SOCIAL_SECURITY, SELF_EMPLOYED_REGISTER, TAXES, CONTRACTS_COPYRIGHT, FUNDING_CALLS or OTHER";
    static final String MESSAGE = "is required (at most 20000 characters)";
    static final String CONSENT = "must be true: we need your consent to process your question";

    /** A text rule's message wins over the field's other rule (each field's other rules share one message). */
    static final List<Class<? extends Annotation>> PRECEDENCE = List.of(SingleLine.class, MultiLine.class);

    /** sl when none is given. */
    String languageOrDefault() {
        return language == null || language.isBlank() ? "sl" : language;
    }
}
