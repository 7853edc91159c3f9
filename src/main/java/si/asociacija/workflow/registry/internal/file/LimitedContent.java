package si.asociacija.workflow.registry.internal.file;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

import org.apache.commons.io.FileUtils;
import org.apache.commons.io.input.ProxyInputStream;

/**
 * A register file's bytes as they are read, counted: once there are more than the {@link FileLimits} allow,
 * or (unzipped) far more than the compressed bytes they came from, the read fails with
 * {@link OversizedRegisterFile}.
 */
final class LimitedContent extends ProxyInputStream {

    /** How much of a zipped file is read before its compression ratio is judged: its first bytes say little. */
    static final long RATIO_GRACE = 1024 * 1024;

    private final long maxSize;
    private final int maxRatio;
    private final LongSupplier compressed;
    private final String what;
    private long count;

    private LimitedContent(InputStream in, long maxSize, int maxRatio, LongSupplier compressed, String what) {
        super(in);
        this.maxSize = maxSize;
        this.maxRatio = maxRatio;
        this.compressed = compressed;
        this.what = what;
    }

    /** The file as received, zipped or not. */
    static LimitedContent received(InputStream in, FileLimits limits) {
        return new LimitedContent(in, limits.maxSize().toBytes(), 0, null, "the file is");
    }

    /** A file in a zip, unzipped from the bytes {@code zipped} counts. */
    static LimitedContent unzipped(InputStream in, LimitedContent zipped, FileLimits limits) {
        return new LimitedContent(in, limits.maxSize().toBytes(), limits.maxCompressionRatio(), zipped::count,
                "unzipped, the file is");
    }

    /** The bytes read so far. */
    long count() {
        return count;
    }

    @Override
    protected void afterRead(int n) throws IOException {
        if (n > 0) {
            add(n);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        add(skipped);
        return skipped;
    }

    private void add(long n) {
        count += n;
        if (count > maxSize) {
            throw new OversizedRegisterFile(what + " larger than " + FileUtils.byteCountToDisplaySize(maxSize)
                    + ", the most a register file may be");
        }
        if (compressed != null && count > RATIO_GRACE && count > compressed.getAsLong() * maxRatio) {
            throw new OversizedRegisterFile("the zipped file expands to more than " + maxRatio
                    + " times its compressed size, more than a register file does (a zip bomb?)");
        }
    }
}
