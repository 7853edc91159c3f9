package si.asociacija.workflow.portal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Links that go out in emails, built on the configured public base URL ({@code asociacija.public-url}). */
@Component
public class PublicLinks {

    private final String base;

    PublicLinks(@Value("${asociacija.public-url}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String base() {
        return base;
    }

    public String status(String token) {
        return base + "/status/" + token;
    }

    /** A member's personal link to a general assembly. */
    public String assembly(String token) {
        return base + "/assembly/" + token;
    }

    /** A member's personal link to give a view on an advocacy case. */
    public String memberView(String token) {
        return base + "/views/" + token;
    }

    public String tasklist() {
        return base + "/camunda/app/tasklist/default/";
    }

    public String task(String taskId) {
        return tasklist() + "#/?task=" + taskId;
    }
}
