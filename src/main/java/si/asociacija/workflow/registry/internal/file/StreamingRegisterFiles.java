package si.asociacija.workflow.registry.internal.file;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.ZipException;

import org.springframework.stereotype.Component;

/**
 * Opens a register file as published, zipped (its one file) or not, recognises its format from the
 * register and the first bytes, and streams it through that format's reader, within the {@link FileLimits}.
 */
@Component
public class StreamingRegisterFiles implements RegisterFiles {

    private static final int[] ZIP_ENTRY = {'P', 'K', 3, 4};
    private static final int[] EMPTY_ZIP = {'P', 'K', 5, 6};

    private final FileLimits limits;

    StreamingRegisterFiles(FileLimits limits) {
        this.limits = limits;
    }

    @Override
    public void read(RegisterSource source, String fileName, InputStream content, RegisterRows rows) {
        CheckedRows checked = new CheckedRows(rows);
        try {
            LimitedContent received = LimitedContent.received(content, limits);
            BufferedInputStream in = new BufferedInputStream(received, Prefix.LIMIT);
            byte[] head = Prefix.peek(in, ZIP_ENTRY.length);
            if (Prefix.startsWith(head, ZIP_ENTRY) || Prefix.startsWith(head, EMPTY_ZIP)) {
                readZip(source, new LimitedZip(in, received, limits), checked);
            } else {
                readFile(source, in, checked);
            }
        } catch (EOFException e) {
            throw new BrokenRegisterFile("the file ends too early (truncated): " + e.getMessage(), e);
        } catch (ZipException e) {
            throw new BrokenRegisterFile("the zip is damaged: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BrokenRegisterFile("the file cannot be read: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new BrokenRegisterFile("the file cannot be read: " + e.getCause().getMessage(), e);
        }
        checked.check();
    }

    /**
     * Reads the zip's one file to its end, so that its checksum is verified; when the content looks broken,
     * a damaged or truncated zip is the reason given, if it is one (an XML parser may take a cut stream for
     * an early end of the document). A file beyond the limits is read no further.
     */
    private static void readZip(RegisterSource source, LimitedZip zip, RegisterRows rows) throws IOException {
        if (zip.nextFile() == null) {
            throw new BrokenRegisterFile("the zip holds no file");
        }
        InputStream file = zip.file();
        try {
            readFile(source, new BufferedInputStream(file, Prefix.LIMIT), rows);
        } catch (OversizedRegisterFile oversized) {
            throw oversized;
        } catch (BrokenRegisterFile broken) {
            file.transferTo(OutputStream.nullOutputStream());
            throw broken;
        }
        file.transferTo(OutputStream.nullOutputStream());
        if (zip.nextFile() != null) {
            throw new BrokenRegisterFile("the zip holds more than one file");
        }
    }

    private static void readFile(RegisterSource source, BufferedInputStream in, RegisterRows rows) throws IOException {
        byte[] head = Prefix.peek(in, 4);
        if (head.length == 0) {
            throw new BrokenRegisterFile("the file is empty");
        }
        switch (source) {
            case PRS -> readPrs(head, in, rows);
            case FURS_PO -> new FixedWidthReader(new FursPoLayout()).read(in, rows);
            case FURS_DEJ -> new FixedWidthReader(new FursDejLayout()).read(in, rows);
        }
    }

    private static void readPrs(byte[] head, InputStream in, RegisterRows rows) throws IOException {
        if (Prefix.startsWith(head, 0xFF, 0xFE) || Prefix.startsWith(head, 0xFE, 0xFF)) {
            new PrsCsvReader().read(in, rows);
        } else if (Prefix.startsWith(head, '<') || Prefix.startsWith(head, 0xEF, 0xBB, 0xBF, '<')) {
            new PrsXmlReader().read(in, rows);
        } else {
            throw new BrokenRegisterFile("not a PRS file: neither XML nor CSV in UTF-16 with a byte order mark");
        }
    }
}
