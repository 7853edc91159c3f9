package si.asociacija.workflow.registry.internal.file;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a reader handed over: the rows in order and the refused lines with their reasons. */
final class CollectedRows implements RegisterRows {

    final List<RegisterRow> rows = new ArrayList<>();
    final Map<Long, String> rejected = new LinkedHashMap<>();

    static CollectedRows read(RegisterSource source, String fileName, InputStream content) {
        CollectedRows collected = new CollectedRows();
        new StreamingRegisterFiles().read(source, fileName, content, collected);
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
