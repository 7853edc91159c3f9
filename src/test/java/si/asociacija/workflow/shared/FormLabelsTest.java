package si.asociacija.workflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Camunda Forms show one label per field, whatever the user's language: every label and option reads
 * "Slovene / English", Slovene first, the same way in every form (language names excepted).
 */
class FormLabelsTest {

    private static final Set<String> LANGUAGE_NAMES = Set.of("Slovenščina", "English");

    static Stream<Path> forms() throws IOException {
        return Files.list(Path.of("forms")).filter(p -> p.toString().endsWith(".form")).sorted();
    }

    @ParameterizedTest
    @MethodSource("forms")
    void everyLabelIsSloveneThenEnglish(Path form) throws IOException {
        List<String> labels = new ArrayList<>();
        collect(new ObjectMapper().readTree(form.toFile()), labels);
        assertThat(labels).as(form + " has labels").isNotEmpty();
        assertThat(labels).as(form.toString())
                .allMatch(label -> LANGUAGE_NAMES.contains(label) || label.matches("(?s)[^/]+\\S / \\S.*"));
    }

    private static void collect(JsonNode node, List<String> labels) {
        for (JsonNode component : node.path("components")) {
            if (component.hasNonNull("label")) {
                labels.add(component.get("label").asText());
            }
            for (JsonNode value : component.path("values")) {
                labels.add(value.path("label").asText());
            }
            collect(component, labels);
        }
    }
}
