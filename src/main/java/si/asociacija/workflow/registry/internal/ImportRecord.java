package si.asociacija.workflow.registry.internal;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import si.asociacija.workflow.registry.internal.file.RegisterSource;

/** An import as staff see it: what was read, what it changed, and how it ended. */
record ImportRecord(long id, RegisterSource source, String file, Instant started, Instant finished, long rowsRead,
        @JsonProperty("new") long added, long changed, long gone, long rejected, Outcome outcome, String reason) {

    enum Outcome { RUNNING, SUCCEEDED, FAILED }

    /** A line the import refused, and why. */
    record Rejection(long line, String reason) {
    }
}
