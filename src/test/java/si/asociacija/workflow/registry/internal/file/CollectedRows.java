package si.asociacija.workflow.registry.internal.file;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.unit.DataSize;

/** What a reader handed over: the rows in order and the refused lines with their reasons. */
final class CollectedRows implements RegisterRows {

    /** The limits of application.yaml. */
    static final FileLimits LIMITS = new FileLimits(DataSize.ofGigabytes(2), 100, 10);

    final List<RegisterRow> rows = new ArrayList<>();
    final Map<Long, String> rejected = new LinkedHashMap<>();

    static CollectedRows read(RegisterSource source, String fileName, InputStream content) {
        return read(source, fileName, content, LIMITS);
    }

    static CollectedRows read(RegisterSource source, String fileName, InputStream content, FileLimits limits) {
        CollectedRows collected = new CollectedRows();
        new StreamingRegisterFiles(limits).read(source, fileName, content, collected);
        return collected;
    }

    static CollectedRows read(RegisterSource source, String fileName, byte[] content) {
        return read(source, fileName, new ByteArrayInputStream(content));
    }

    @Override
    public void row(RegisterRow row) {
        rows.add(row);
    }

    @Override
    public void rejected(long line, String reason) {
        rejected.put(line, reason);
    }
}
