package si.asociacija.workflow;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The registers' publishers as a real HTTP server (WireMock on a free port) that a test gives the files
 * to serve; every register's address points at it, at {@code /registers/<SOURCE>}, and VIES at {@link #VIES}.
 */
public final class RegisterServer {

    /** Where VIES answers. */
    public static final String VIES = "/vies/check-vat-number";

    private static WireMockServer server;

    private RegisterServer() {
    }

    public static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(options().dynamicPort());
            server.start();
        }
        return server;
    }

    public static void register(DynamicPropertyRegistry registry) {
        for (String source : new String[] {"PRS", "FURS_PO", "FURS_DEJ"}) {
            registry.add("asociacija.registry.sources." + source + ".url",
                    () -> "http://localhost:" + server().port() + "/registers/" + source);
        }
        registry.add("asociacija.registry.vies.url", () -> "http://localhost:" + server().port() + VIES);
    }
}
