package si.asociacija.workflow.registry.internal.vies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The defaults in application.yaml bind to every setting. */
class ViesSettingsTest {

    @EnableConfigurationProperties(ViesSettings.class)
    static class Settings {
    }

    @Test
    void defaults() {
        new ApplicationContextRunner()
                .withInitializer(new ConfigDataApplicationContextInitializer())
                .withUserConfiguration(Settings.class)
                .run(context -> assertThat(context.getBean(ViesSettings.class)).isEqualTo(new ViesSettings(
                        "https://ec.europa.eu/taxation_customs/vies/rest-api/check-vat-number",
                        Duration.ofSeconds(5), Duration.ofSeconds(10), 3, Duration.ofSeconds(1), Duration.ofSeconds(10),
                        5, Duration.ofMinutes(1), 2, Duration.ofSeconds(30))));
    }
}
