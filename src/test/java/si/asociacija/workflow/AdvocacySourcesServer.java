package si.asociacija.workflow;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The watched advocacy sources as a real HTTP server (the same WireMock server as {@link RegisterServer}) that a
 * test gives the answers to serve: the configured sources {@code e-demokracija} and {@code dz-pz} point at it, at
 * {@link #E_DEMOKRACIJA} and {@link #NATIONAL_ASSEMBLY}, and the feed {@value #FEED_NAME} (Atom, default keywords)
 * at {@link #FEED}.
 */
public final class AdvocacySourcesServer {

    public static final String E_DEMOKRACIJA = "/advocacy/e-demokracija/predlogi-predpisov.html";
    public static final String NATIONAL_ASSEMBLY = "/advocacy/dz/PZ.XML";
    public static final String FEED = "/advocacy/feed/pozivi.atom";
    public static final String FEED_NAME = "test-pozivi";

    private AdvocacySourcesServer() {
    }

    public static WireMockServer server() {
        return RegisterServer.server();
    }

    public static String url(String path) {
        return "http://localhost:" + server().port() + path;
    }

    public static void register(DynamicPropertyRegistry registry) {
        String sources = "asociacija.advocacy.watch.sources.";
        registry.add(sources + "e-demokracija.url", () -> url(E_DEMOKRACIJA));
        registry.add(sources + "dz-pz.url", () -> url(NATIONAL_ASSEMBLY));
        registry.add(sources + FEED_NAME + ".type", () -> "FEED");
        registry.add(sources + FEED_NAME + ".url", () -> url(FEED));
    }
}
