package si.asociacija.workflow.registry.internal;

import java.io.InputStream;
import java.util.Locale;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.registry.internal.file.BrokenRegisterFile;
import si.asociacija.workflow.shared.ClusterLease;
import si.asociacija.workflow.shared.LeasedPolling;
import si.asociacija.workflow.registry.internal.file.RegisterSource;

/**
 * How register files arrive: fetched over HTTP from the register's configured address (streamed, never
 * cached in memory) on its schedule or when staff ask, or put by hand in the drop folder, where an
 * imported file moves to {@code .done} and a file that is not a register file to {@code .failed}. In a
 * cluster one node watches the folder at a time ({@link ClusterLease}).
 */
@Component
class RegistryRoutes extends RouteBuilder {

    static final String FETCH = "direct:registry-fetch";
    static final String SOURCE = "registrySource";
    /** One node of a cluster watches the drop folder and fetches on schedule at a time. */
    static final String LEASE = "registry-files";
    private static final String POLLING = "registryDropFolderPolling";

    private final RegisterImports imports;
    private final RegistrySettings settings;
    private final ClusterLease lease;

    RegistryRoutes(RegisterImports imports, RegistrySettings settings, ClusterLease lease) {
        this.lease = lease;
        this.imports = imports;
        this.settings = settings;
    }

    @Override
    public void configure() {
        getCamelContext().getRegistry().bind(POLLING, new LeasedPolling(lease, LEASE));
        from("file:" + settings.dropFolder().toAbsolutePath() + "?move=.done/${date:now:yyyyMMdd-HHmmss}-${file:name}"
                + "&moveFailed=.failed/${date:now:yyyyMMdd-HHmmss}-${file:name}&readLock=changed&readLockMinAge=2000"
                + "&initialDelay=2000&delay=5000&autoCreate=true&pollStrategy=#" + POLLING)
                .routeId("registry-drop-folder")
                .process(exchange -> {
                    String name = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
                    try (InputStream content = exchange.getMessage().getBody(InputStream.class)) {
                        imports.importFile(sourceOf(name), name, content);
                    }
                });

        from(FETCH)
                .routeId("registry-fetch")
                .onException(Exception.class)
                    .handled(true)
                    .process(exchange -> imports.fetchFailed(exchange.getProperty(SOURCE, RegisterSource.class),
                            settings.sources().get(exchange.getProperty(SOURCE, RegisterSource.class)).url(),
                            exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class)))
                .end()
                .process(exchange -> {
                    RegisterSource source = exchange.getProperty(SOURCE, RegisterSource.class);
                    exchange.getMessage().setHeader(Exchange.HTTP_URI, settings.sources().get(source).url());
                    exchange.getMessage().setHeader(Exchange.HTTP_METHOD, "GET");
                    exchange.getMessage().setBody(null);
                })
                .to("http://registry-source?disableStreamCache=true&connectTimeout=30000&soTimeout=600000")
                .process(exchange -> {
                    RegisterSource source = exchange.getProperty(SOURCE, RegisterSource.class);
                    String url = settings.sources().get(source).url();
                    try (InputStream content = exchange.getMessage().getBody(InputStream.class)) {
                        imports.importFile(source, url.substring(url.lastIndexOf('/') + 1), content);
                    }
                });
    }

    /** Which register a dropped file is, by the names its publishers give it. */
    static RegisterSource sourceOf(String fileName) {
        String name = fileName.toUpperCase(Locale.ROOT);
        if (name.contains("ZAVEZANCI_PO")) {
            return RegisterSource.FURS_PO;
        }
        if (name.contains("ZAVEZANCI_DEJ")) {
            return RegisterSource.FURS_DEJ;
        }
        if (name.startsWith("PRS") || name.startsWith("OPSIPRS")) {
            return RegisterSource.PRS;
        }
        throw new BrokenRegisterFile("not a register file: " + fileName
                + " (expected Prs.zip / Prs.xml / opsiprs.csv, DURS_zavezanci_PO or DURS_zavezanci_DEJ)");
    }
}
