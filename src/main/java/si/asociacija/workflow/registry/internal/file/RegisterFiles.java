package si.asociacija.workflow.registry.internal.file;

import java.io.InputStream;

/**
 * Reads a register file as published, streaming: a zip is opened as a stream (its one entry), the
 * layout and encoding are recognised from the content (PRS as XML or as UTF-16 CSV; FURS fixed width
 * in UTF-8, or Windows-1250 in old files), and each record is handed to {@link RegisterRows} as soon as
 * it is read, so memory stays flat however large the file.
 */
public interface RegisterFiles {

    /**
     * @param fileName the file's name as fetched or dropped (a hint only: the content decides)
     * @throws BrokenRegisterFile when the file as a whole cannot be read; rows already handed over
     *     must then be discarded by the caller
     */
    void read(RegisterSource source, String fileName, InputStream content, RegisterRows rows);
}
