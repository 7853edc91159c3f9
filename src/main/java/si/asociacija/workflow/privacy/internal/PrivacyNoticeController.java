package si.asociacija.workflow.privacy.internal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import si.asociacija.workflow.privacy.PrivacyNotice;

/** The wording intakes ask consent to, for the forms that show it: {@code GET /api/privacy-notice} (public). */
@RestController
class PrivacyNoticeController {

    record Notice(String version, String sl, String en) {
    }

    private final PrivacyNotice notice;

    PrivacyNoticeController(PrivacyNotice notice) {
        this.notice = notice;
    }

    @GetMapping("/api/privacy-notice")
    Notice current() {
        return new Notice(notice.version(), notice.text("sl"), notice.text("en"));
    }
}
