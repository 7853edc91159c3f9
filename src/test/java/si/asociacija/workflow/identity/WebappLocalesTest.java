package si.asociacija.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Slovene translation of each Camunda webapp has every key of the webjar's English file and keeps
 * every placeholder, so an upgrade that adds or renames texts fails the build instead of showing
 * English or raw keys.
 */
class WebappLocalesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void sloveneHasEveryEnglishKeyWithItsPlaceholders(String app) throws IOException {
        Map<String, String> english = flatten(read(app, "en"));
        Map<String, String> slovene = flatten(read(app, "sl"));

        assertThat(slovene.keySet()).as(app + ": keys of sl.json against the webjar's en.json")
                .containsExactlyInAnyOrderElementsOf(english.keySet());
        english.forEach((key, text) -> {
            Matcher placeholders = PLACEHOLDER.matcher(text);
            while (placeholders.find()) {
                assertThat(slovene.get(key)).as(app + ": " + key + " keeps " + placeholders.group()).contains(placeholders.group());
            }
        });
        long untranslated = english.entrySet().stream().filter(e -> e.getValue().length() > 20
                && e.getValue().contains(" ") && e.getValue().equals(slovene.get(e.getKey()))).count();
        assertThat(untranslated).as(app + ": longer English texts left as they were").isLessThan(english.size() / 50 + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void eachWebappIsAsociacijasInSloveneWithoutTheVendorBanner(String app) throws IOException {
        String config = text("META-INF/resources/webjars/camunda/app/" + app + "/scripts/config.js");
        assertThat(config).contains("vendor: 'Asociacija'").contains("fallbackLocale: 'sl'").contains("availableLocales: ['sl', 'en']");
        assertThat(text("META-INF/resources/webjars/camunda/app/" + app + "/styles/user-styles.css"))
                .contains("@import url(../../../assets/asociacija-webapps.css);");
        assertThat(text("META-INF/resources/webjars/camunda/assets/asociacija-webapps.css"))
                .contains(".ce-eol-banner").contains("display: none");
    }

    private static JsonNode read(String app, String locale) throws IOException {
        return JSON.readTree(text("META-INF/resources/webjars/camunda/app/" + app + "/locales/" + locale + ".json"));
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = WebappLocalesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
    }

    private static Map<String, String> flatten(JsonNode node) {
        Map<String, String> flat = new TreeMap<>();
        flatten("", node, flat);
        return flat;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> flat) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), flat);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), flat);
            }
        } else {
            flat.put(path, node.asText());
        }
    }
}
