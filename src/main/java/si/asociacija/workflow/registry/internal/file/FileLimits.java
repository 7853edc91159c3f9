package si.asociacija.workflow.registry.internal.file;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code asociacija.registry.files.*}: how far a register file may grow as it is read, so that a zip bomb or
 * an endless file fails its import instead of filling the disk or the memory: its size, unzipped
 * ({@code maxSize}), how many times its compressed size a zipped file may expand to
 * ({@code maxCompressionRatio}), and how many entries of a zip are looked at for its one file
 * ({@code maxZipEntries}). A line of a fixed-width file is kept only up to its layout's width.
 */
@ConfigurationProperties("asociacija.registry.files")
record FileLimits(DataSize maxSize, int maxCompressionRatio, int maxZipEntries) {
}
