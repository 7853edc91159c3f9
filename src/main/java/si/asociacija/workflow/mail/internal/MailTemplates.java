package si.asociacija.workflow.mail.internal;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Renders {@code templates/mail/<language>/<template>.html}; the subject is the document's title. */
@Component
class MailTemplates {

    private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private final ITemplateEngine engine;

    MailTemplates(ITemplateEngine engine) {
        this.engine = engine;
    }

    /** {@code automatic}: false when the template says {@code <meta name="auto-submitted" content="no">}. */
    record Rendered(String subject, String html, boolean automatic) {
    }

    Rendered render(String template, String language, Map<String, Object> model) {
        Context context = new Context(Locale.forLanguageTag(language), model);
        String html = engine.process("mail/" + language + "/" + template, context);
        Matcher title = TITLE.matcher(html);
        if (!title.find()) {
            throw new IllegalStateException("Mail template " + template + " (" + language + ") has no <title> for the subject");
        }
        String subject = HtmlUtils.htmlUnescape(title.group(1)).replaceAll("\\s+", " ").trim();
        return new Rendered(subject, html, !html.contains("<meta name=\"auto-submitted\" content=\"no\""));
    }
}
