package si.asociacija.workflow.advocacy.internal.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The items of one answer of a source as they are read: one that cannot be read (a feed's item without a title)
 * is skipped with a log line and the others count; an answer with items none of which can be read is a
 * {@link SourceLayoutChanged}, never "nothing new".
 */
final class UnreadableItems {

    private static final Logger log = LoggerFactory.getLogger(UnreadableItems.class);

    private final String source;
    private final List<Draft> drafts = new ArrayList<>();
    private String firstReason;

    UnreadableItems(String source) {
        this.source = source;
    }

    void read(Supplier<Draft> item) {
        try {
            drafts.add(item.get());
        } catch (Unreadable e) {
            log.warn("{}: an item is skipped: {}", source, e.getMessage());
            if (firstReason == null) {
                firstReason = e.getMessage();
            }
        }
    }

    /** The items read; none read while some could not be: the source's layout changed. */
    List<Draft> drafts() {
        if (drafts.isEmpty() && firstReason != null) {
            throw new SourceLayoutChanged(source, "no item could be read: " + firstReason);
        }
        return List.copyOf(drafts);
    }

    /** One item that cannot be read; the others can. */
    static final class Unreadable extends RuntimeException {

        Unreadable(String reason) {
            super(reason);
        }
    }
}
