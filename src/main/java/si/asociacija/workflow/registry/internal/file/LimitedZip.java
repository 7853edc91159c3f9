package si.asociacija.workflow.registry.internal.file;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.io.input.CloseShieldInputStream;

/** A zip read as a stream within the {@link FileLimits}: its entries are counted, its file's bytes bounded. */
final class LimitedZip {

    private final ZipInputStream zip;
    private final LimitedContent received;
    private final FileLimits limits;
    private int entries;

    /** @param in the received bytes, read through {@code received} */
    LimitedZip(InputStream in, LimitedContent received, FileLimits limits) {
        this.zip = new ZipInputStream(in);
        this.received = received;
        this.limits = limits;
    }

    /** The next entry that is a file (folders are passed over), null at the end of the zip. */
    ZipEntry nextFile() throws IOException {
        ZipEntry entry;
        do {
            entry = zip.getNextEntry();
            if (entry != null && ++entries > limits.maxZipEntries()) {
                throw new OversizedRegisterFile("the zip holds more than " + limits.maxZipEntries()
                        + " entries, more than a register file's zip");
            }
        } while (entry != null && entry.isDirectory());
        return entry;
    }

    /** The current file's bytes, unzipped as far as the limits allow; closing them leaves the zip open. */
    InputStream file() {
        return LimitedContent.unzipped(CloseShieldInputStream.wrap(zip), received, limits);
    }
}
