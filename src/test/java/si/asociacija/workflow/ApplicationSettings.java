package si.asociacija.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The environment variables the application reads: the placeholders of its {@code application*.yaml}
 * ({@code ${DEMO_PASSWORD:demo}}) and, in Spring's relaxed form ({@code asociacija.counselling.imap.host} is
 * {@code ASOCIACIJA_COUNSELLING_IMAP_HOST}), the properties those files set and the properties Spring Boot
 * and the libraries on the class path declare in their configuration metadata.
 */
final class ApplicationSettings {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    private final Set<String> variables = new HashSet<>();
    /** Map-valued properties: any key below them ({@code SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_ENABLE}). */
    private final Set<String> mapPrefixes = new HashSet<>();

    private ApplicationSettings() {
    }

    static ApplicationSettings read() throws IOException {
        ApplicationSettings settings = new ApplicationSettings();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("application.*\\.ya?ml")).toList()) {
                String text = Files.readString(file);
                Matcher placeholder = PLACEHOLDER.matcher(text);
                while (placeholder.find()) {
                    settings.variables.add(placeholder.group(1));
                }
                for (Object document : new Yaml().loadAll(text)) {
                    settings.addKeys("", document);
                }
            }
        }
        ObjectMapper json = new ObjectMapper();
        for (URL metadata : Collections.list(ApplicationSettings.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = metadata.openStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    for (String variable : environmentNames(property.path("name").asText())) {
                        settings.variables.add(variable);
                        if (property.path("type").asText().startsWith("java.util.Map")) {
                            settings.mapPrefixes.add(variable + "_");
                        }
                    }
                }
            }
        }
        return settings;
    }

    boolean reads(String variable) {
        return variables.contains(variable) || mapPrefixes.stream().anyMatch(variable::startsWith);
    }

    /**
     * The environment variables Spring Boot binds to a property: dots to underscores, upper case, and dashes
     * left out ({@code CAMUNDA_BPM_ADMINUSER_ID}) or, in the older form, underscores too ({@code ASOCIACIJA_PUBLIC_URL}).
     */
    static List<String> environmentNames(String property) {
        String name = property.replace('.', '_').replace("[", "_").replace("]", "").toUpperCase(Locale.ROOT);
        return List.of(name.replace("-", ""), name.replace('-', '_'));
    }

    private void addKeys(String prefix, Object node) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> addKeys(prefix.isEmpty() ? key.toString() : prefix + "." + key, value));
        } else if (!prefix.isEmpty()) {
            variables.addAll(environmentNames(prefix));
        }
    }
}
