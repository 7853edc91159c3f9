package si.asociacija.workflow.advocacy.internal.watch;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One item a source lists: a draft law, decree or call. {@code id} is stable across polls (the source's
 * own id, else its link), so an item opens one case however often it is seen.
 *
 * @param source where it was seen ({@code e-demokracija}, {@code dz-pz}, or a feed's name)
 * @param proposer the ministry or proposer, when the source gives one
 * @param stage the stage of the procedure, when the source gives one
 * @param changed the date the source last changed it
 * @param deadline the consultation's deadline, when the source gives one
 * @param summary what the source says of it besides the title (a feed's summary, a bill's key words)
 */
public record Draft(String source, String id, String title, String proposer, String stage, String link,
                    LocalDate changed, LocalDate deadline, String summary) {

    public Draft {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }

    /** The same item as seen by the configured source of that name. */
    public Draft seenBy(String name) {
        return new Draft(name, id, title, proposer, stage, link, changed, deadline, summary);
    }
}
