package si.asociacija.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code docker/}: the image and the two-node compose set-up (README.md, "Run with Docker"). No Docker engine
 * is needed: the files are read and checked against each other, against {@code docker/.env.example} and
 * against the settings the application reads ({@link ApplicationSettings}).
 */
class DockerFilesTest {

    private static final Path DOCKER = Path.of("docker");
    private static final Pattern REFERENCE = Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");
    private static final Pattern SECRET = Pattern.compile("(?i).*(PASSWORD|SECRET|TOKEN|CREDENTIAL).*");

    private final Map<String, Object> compose = yaml(DOCKER.resolve("compose.yaml"));
    private final Map<String, String> envExample = envFile(DOCKER.resolve(".env.example"));
    private final Dockerfile dockerfile = Dockerfile.read(DOCKER.resolve("Dockerfile"));

    @Test
    void twoAppNodesOnTheirOwnHostPortsShareOneDatabase() {
        Map<String, Map<String, Object>> apps = appServices();
        assertThat(apps).containsOnlyKeys("app1", "app2");
        assertThat(apps.values()).allSatisfy(app -> assertThat(containerPorts(app)).as("container port")
                .containsOnly(dockerfile.args("EXPOSE").get(0)));
        assertThat(apps.values().stream().flatMap(app -> hostPorts(app).stream()).toList()).doesNotHaveDuplicates().hasSize(2);

        String database = databaseService();
        assertThat(apps.values().stream().map(app -> setting(app, "SPRING_DATASOURCE_URL")).distinct().toList())
                .singleElement().asString().startsWith("jdbc:postgresql://" + database + ":5432/");
        assertThat(apps.values()).allSatisfy(app -> assertThat(map(map(app.get("depends_on")).get(database)))
                .as("depends on the database").containsEntry("condition", "service_healthy"));
    }

    @Test
    void theMailboxAndTheDropFolderAreReadByOneNodeOnly() {
        assertThat(appServices().values().stream().filter(app -> environment(app).containsKey("ASOCIACIJA_COUNSELLING_IMAP_HOST")))
                .as("nodes reading the assistance mailbox").hasSize(1);
        List<String> dataVolumes = appServices().values().stream().flatMap(app -> list(app.get("volumes")).stream())
                .map(Object::toString).filter(volume -> volume.endsWith(":/app/data"))
                .map(volume -> volume.substring(0, volume.indexOf(':'))).toList();
        assertThat(dataVolumes).as("each node its own data folder, so one watches the drop folder")
                .hasSize(2).doesNotHaveDuplicates().allSatisfy(volume -> assertThat(volume).isIn(map(compose.get("volumes")).keySet()));
    }

    @Test
    void postgresKeepsItsDataInANamedVolumeAndSaysWhenItIsReady() {
        Map<String, Object> db = map(services().get(databaseService()));
        assertThat(db.get("image").toString()).matches("postgres:1[67].*");
        assertThat(map(db.get("healthcheck")).get("test").toString()).contains("pg_isready");
        List<String> namedVolumes = list(db.get("volumes")).stream().map(Object::toString)
                .filter(volume -> volume.endsWith(":/var/lib/postgresql/data"))
                .map(volume -> volume.substring(0, volume.indexOf(':'))).toList();
        assertThat(namedVolumes).singleElement().isIn(map(compose.get("volumes")).keySet());
    }

    @Test
    void theAppsSendTheirMailToMailpitAndNeverRunTheDemoProfile() {
        String mailpit = services().entrySet().stream()
                .filter(service -> map(service.getValue()).get("image").toString().startsWith("axllent/mailpit:"))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        assertThat(list(map(services().get(mailpit)).get("ports")).toString()).contains("8025", "1025");
        assertThat(appServices().values()).allSatisfy(app -> {
            assertThat(setting(app, "SPRING_MAIL_HOST")).isEqualTo(mailpit);
            assertThat(setting(app, "SPRING_MAIL_PORT")).isEqualTo("1025");
            assertThat(setting(app, "SPRING_PROFILES_ACTIVE").split(",")).isNotEmpty().doesNotContain("demo", "");
        });
        assertThat(dockerfile.env()).containsKey("SPRING_PROFILES_ACTIVE");
        assertThat(dockerfile.env().get("SPRING_PROFILES_ACTIVE").split(",")).doesNotContain("demo");
    }

    @Test
    void everyVariableOfTheComposeFileIsExplainedInEnvExampleAndNoneIsLeftOver() throws IOException {
        Set<String> used = new TreeSet<>();
        Matcher reference = REFERENCE.matcher(Files.readString(DOCKER.resolve("compose.yaml")));
        while (reference.find()) {
            used.add(reference.group(1));
        }
        assertThat(envExample.keySet()).containsExactlyInAnyOrderElementsOf(used);

        List<String> lines = Files.readAllLines(DOCKER.resolve(".env.example"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("[A-Z_0-9]+=.*")) {
                int j = i - 1;
                while (j >= 0 && lines.get(j).matches("[A-Z_0-9]+=.*")) {
                    j--;
                }
                assertThat(j >= 0 && lines.get(j).startsWith("#")).as("a comment explains " + lines.get(i)).isTrue();
            }
        }
    }

    @Test
    void noSecretIsWrittenInTheComposeFileTheEnvExampleOrTheImage() {
        services().forEach((name, service) -> environment(map(service)).forEach((key, value) -> {
            if (SECRET.matcher(key).matches()) {
                Matcher reference = REFERENCE.matcher(value);
                assertThat(reference.matches() && (reference.group(2) == null || reference.group(2).contains("?")
                        || reference.group(3).isEmpty()))
                        .as(name + ": " + key + " must be a ${VARIABLE} of docker/.env, not " + value).isTrue();
            }
        }));
        envExample.forEach((key, value) -> {
            if (SECRET.matcher(key).matches()) {
                assertThat(value).as(".env.example: " + key).isEmpty();
            }
        });
        assertThat(dockerfile.env().keySet()).noneMatch(key -> SECRET.matcher(key).matches());
    }

    @Test
    void everyVariableTheAppsAreGivenIsASettingTheApplicationReads() throws IOException {
        ApplicationSettings settings = ApplicationSettings.read();
        List<String> given = new ArrayList<>(dockerfile.env().keySet());
        appServices().values().forEach(app -> given.addAll(environment(app).keySet()));
        assertThat(given).isNotEmpty().allSatisfy(variable -> assertThat(settings.reads(variable))
                .as(variable + " is read by the application (a placeholder or a property in relaxed form)").isTrue());
    }

    @Test
    void theImageIsBuiltInTwoStagesAndRunsAsANonRootUserWithAHealthCheck() {
        assertThat(dockerfile.args("FROM")).hasSizeGreaterThanOrEqualTo(2).last().asString().matches(".*:17[-.].*jre.*");
        List<Dockerfile.Instruction> runtime = dockerfile.finalStage();
        int user = Dockerfile.lastIndexOf(runtime, "USER");
        int entrypoint = Dockerfile.lastIndexOf(runtime, "ENTRYPOINT");
        assertThat(user).as("USER in the runtime stage").isNotNegative().isLessThan(entrypoint);
        assertThat(runtime.get(user).args().split(":")[0]).isNotIn("root", "0");
        assertThat(runtime.get(entrypoint).args()).as("exec form").startsWith("[").contains("MaxRAMPercentage");

        String healthcheck = dockerfile.args("HEALTHCHECK").get(0);
        assertThat(healthcheck).contains("/actuator/health");
        String tool = healthcheck.replaceAll(".*CMD\\s+\\[?\"?(\\w+).*", "$1");
        assertThat(runtime.stream().filter(instruction -> instruction.keyword().equals("RUN")).map(Dockerfile.Instruction::args))
                .as("the runtime stage installs " + tool).anyMatch(run -> run.matches("(?s).*install.*\\b" + tool + "\\b.*"));
    }

    @Test
    void theBuildCopiesEveryFolderThePomPacksAndTheContextLeavesOutLocalState() throws IOException {
        Matcher directory = Pattern.compile("<directory>([^<]+)</directory>").matcher(Files.readString(Path.of("pom.xml")));
        Set<String> packed = new TreeSet<>();
        while (directory.find()) {
            packed.add(directory.group(1).split("/")[0]);
        }
        assertThat(packed).contains("src", "processes", "forms");
        String copied = String.join("\n", dockerfile.args("COPY"));
        assertThat(packed).allSatisfy(folder -> assertThat(copied).contains(folder + "/"));

        List<String> ignored = Files.readAllLines(Path.of(".dockerignore"));
        assertThat(ignored).contains("target/", "data/", ".git", "docker/.env").doesNotContainAnyElementsOf(
                packed.stream().flatMap(folder -> Stream.of(folder, folder + "/")).toList());
        assertThat(Files.readAllLines(Path.of(".gitignore"))).contains("docker/.env");
    }

    // --- the compose file, read with its variables taken from docker/.env.example ---

    private Map<String, Object> services() {
        return map(compose.get("services"));
    }

    private Map<String, Map<String, Object>> appServices() {
        Map<String, Map<String, Object>> apps = new LinkedHashMap<>();
        services().forEach((name, service) -> {
            if (map(map(service).get("build")).get("dockerfile") != null) {
                apps.put(name, map(service));
            }
        });
        return apps;
    }

    private String databaseService() {
        return services().entrySet().stream().filter(service -> map(service.getValue()).get("image").toString().startsWith("postgres:"))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    /** The value compose gives the variable when started with {@code --env-file docker/.env.example}. */
    private String setting(Map<String, Object> service, String variable) {
        String value = environment(service).get(variable);
        assertThat(value).as(variable).isNotNull();
        return REFERENCE.matcher(value).replaceAll(reference -> {
            String given = envExample.getOrDefault(reference.group(1), "");
            boolean byDefault = given.isEmpty() && "-".equals(reference.group(2) == null ? null : reference.group(2).replace(":", ""));
            return Matcher.quoteReplacement(byDefault ? reference.group(3) : given);
        });
    }

    private static Map<String, String> environment(Map<String, Object> service) {
        return map(service.get("environment")).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> String.valueOf(entry.getValue())));
    }

    private static List<String> hostPorts(Map<String, Object> service) {
        return list(service.get("ports")).stream().map(port -> port.toString().split(":")).map(parts -> parts[parts.length - 2]).toList();
    }

    private static List<String> containerPorts(Map<String, Object> service) {
        return list(service.get("ports")).stream().map(port -> port.toString().replaceAll(".*:", "").replace("/tcp", "")).toList();
    }

    private static Map<String, Object> yaml(Path file) {
        try {
            return new Yaml().load(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> envFile(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(line -> line.matches("[A-Z_0-9]+=.*"))
                    .collect(Collectors.toMap(line -> line.substring(0, line.indexOf('=')), line -> line.substring(line.indexOf('=') + 1),
                            (first, second) -> second, LinkedHashMap::new));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }
}
