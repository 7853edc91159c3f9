package si.asociacija.workflow.advocacy.internal.watch;

import java.util.List;
import java.util.Objects;

/**
 * One source as it is polled: its name (the cases' source, at most 60 characters: letters, digits and
 * dashes), how it publishes, where, the keyword stems an item must contain (none: every item) and, for
 * e-Demokracija, the ministries ({@code rijs}) whose drafts are read and how many pages of each at most.
 */
record WatchedSource(String name, SourceType type, String url, List<String> keywords, List<String> ministries,
                     int maxPages) {

    static final int MAX_NAME = 60;

    WatchedSource {
        Objects.requireNonNull(type, () -> "asociacija.advocacy.watch.sources." + name + ".type");
        if (name == null || name.length() > MAX_NAME || !name.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("a watched source's name is 1 to " + MAX_NAME
                    + " letters, digits and dashes: " + name);
        }
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("asociacija.advocacy.watch.sources." + name + ".url is not set");
        }
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        ministries = ministries == null ? List.of() : List.copyOf(ministries);
        if (type == SourceType.E_DEMOKRACIJA && ministries.isEmpty()) {
            throw new IllegalArgumentException("asociacija.advocacy.watch.sources." + name
                    + ".ministries: e-Demokracija is read per ministry (rijs), name at least one");
        }
        if (!ministries.stream().allMatch(ministry -> ministry.matches("\\d+"))) {
            throw new IllegalArgumentException("asociacija.advocacy.watch.sources." + name + ".ministries are numbers (rijs): "
                    + ministries);
        }
        maxPages = Math.max(1, maxPages);
    }

    /** Read over HTTP (else a file or a classpath resource, as the demo's samples). */
    boolean overHttp() {
        return url.startsWith("http://") || url.startsWith("https://");
    }
}
