package si.asociacija.workflow.registry.internal;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import si.asociacija.workflow.registry.internal.file.RegisterSource;

/**
 * {@code asociacija.registry.*}: the drop folder, how many refused lines the import log keeps, the
 * largest share of records one import may remove, and per register where and when its file is fetched.
 */
@ConfigurationProperties("asociacija.registry")
record RegistrySettings(Path dropFolder, int loggedRejections, double maxGoneShare, Map<RegisterSource, Source> sources) {

    /** A register's published file ({@code url}, none: only the drop folder) and when to fetch it (Quartz cron). */
    record Source(String url, String cron) {
    }
}
