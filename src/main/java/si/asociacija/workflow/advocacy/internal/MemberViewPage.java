package si.asociacija.workflow.advocacy.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import si.asociacija.workflow.shared.Texts;

/** What a member's view link shows and takes: the draft, the cut-off, the view given so far. */
@Service
class MemberViewPage {

    private final MemberViews views;
    private final ViewUpload upload;
    private final Texts texts;

    MemberViewPage(MemberViews views, ViewUpload upload, Texts texts) {
        this.views = views;
        this.upload = upload;
        this.texts = texts;
    }

    /** The page's content; no name or address (the link may be forwarded by mistake). */
    public record Shown(String reference, String title, String proposer, String link, String summary, String field,
                        String viewsUntil, boolean open, String text, Instant givenAt, List<String> files, String language) {
    }

    /** A view as the page sends it. */
    public record Given(String text, List<File> files) {
    }

    /** One file as the page sends it: its name, content type and content in base64. */
    public record File(String name, String contentType, String content) {
    }

    @Transactional(readOnly = true)
    Shown show(String token) {
        return shown(views.byToken(token), Instant.now());
    }

    @Transactional
    Shown give(String token, Given given, Instant now) {
        List<ViewFile> files = upload.files(given == null ? null : given.files());
        return shown(views.give(token, given == null ? null : given.text(), files, now), now);
    }

    private Shown shown(MemberView view, Instant now) {
        AdvocacyCase c = view.getAdvocacyCase();
        boolean open = c.getStatus() == AdvocacyStatus.GATHERING_VIEWS && c.getViewsUntil() != null && now.isBefore(c.getViewsUntil());
        return new Shown(c.getReference(), c.getTitle(), c.getProposer(), c.getLink(), c.getSummary(),
                texts.label(view.getField(), view.getLanguage()),
                c.getViewsUntil() == null ? null : AdvocacyTaskTexts.TIME.format(c.getViewsUntil()), open, view.getText(),
                view.getGivenAt(), view.getFiles().stream().map(ViewFile::getFilename).toList(), view.getLanguage());
    }
}
