package si.asociacija.workflow.advocacy.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import si.asociacija.workflow.shared.Texts;

/**
 * A member's personal link {@code /views/<token>}: the draft and the member's view, which they give or
 * change until the cut-off (text and up to three files); any other token is a 404.
 */
@Controller
@RequestMapping("/views/{token}")
class MemberViewController {

    private static final List<String> PAGE_TEXTS = List.of("intro", "until", "proposer", "yourView", "files", "filesHint",
            "send", "sent", "given", "closed", "refused", "field");

    private final MemberViewPage views;
    private final Texts texts;

    MemberViewController(MemberViewPage views, Texts texts) {
        this.views = views;
        this.texts = texts;
    }

    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
    String page(@PathVariable String token, Model model) {
        MemberViewPage.Shown shown = views.show(token);
        Map<String, String> text = new HashMap<>();
        PAGE_TEXTS.forEach(key -> text.put(key, texts.text("advocacy.page." + key, shown.language())));
        model.addAttribute("v", shown);
        model.addAttribute("language", shown.language());
        model.addAttribute("text", text);
        return "advocacy/view";
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    MemberViewPage.Shown json(@PathVariable String token) {
        return views.show(token);
    }

    /** {@code {"text", "files": [{"name", "contentType", "content" (base64)}]}}; a second view replaces the first. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    MemberViewPage.Shown give(@PathVariable String token, @RequestBody MemberViewPage.Given view) {
        return views.give(token, view, Instant.now());
    }
}
