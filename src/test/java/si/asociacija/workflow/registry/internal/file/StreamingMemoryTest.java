package si.asociacija.workflow.registry.internal.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class StreamingMemoryTest {

    private static final int LINES = 200_000;
    private static final long BOUND = 64L * 1024 * 1024;

    @Test
    @Timeout(30)
    void readsALargePoFileStreamedWithFlatMemory() {
        long before = usedHeapAfterGc();
        HeapWatchingRows rows = new HeapWatchingRows(before);

        new StreamingRegisterFiles(CollectedRows.LIMITS).read(RegisterSource.FURS_PO, "DURS_zavezanci_PO.txt",
                new RegisterFileGenerator(LINES).fursPo(StandardCharsets.UTF_8), rows);

        assertThat(rows.read).isEqualTo(LINES);
        assertThat(rows.growth).isLessThan(BOUND);
    }

    private static long usedHeapAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Counts the rows and, every 50,000, measures how much more heap is live than before the read. */
    private static final class HeapWatchingRows implements RegisterRows {

        private final long before;
        private long read;
        private long growth;

        HeapWatchingRows(long before) {
            this.before = before;
        }

        @Override
        public void row(RegisterRow row) {
            if (++read % 50_000 == 0) {
                growth = Math.max(growth, usedHeapAfterGc() - before);
            }
        }

        @Override
        public void rejected(long line, String reason) {
            throw new AssertionError("line " + line + ": " + reason);
        }
    }
}
