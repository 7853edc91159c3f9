package si.asociacija.workflow.advocacy.internal.watch;

import java.util.List;

/**
 * What one poll of a source found: how many items it read, how many of them match the source's keywords,
 * the references of the cases opened for those not seen before, and why the source could not be read
 * ({@code failure}; null when it could).
 */
record PollReport(String source, int itemsRead, int matching, List<String> opened, String failure) {

    PollReport {
        opened = opened == null ? List.of() : List.copyOf(opened);
    }

    static PollReport failed(String source, String reason) {
        return new PollReport(source, 0, 0, List.of(), reason);
    }
}
