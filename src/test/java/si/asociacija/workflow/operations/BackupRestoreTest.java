package si.asociacija.workflow.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup and restore scripts of the README, tried once on the PostgreSQL run: a scratch database is
 * dumped by {@code docker/backup.sh}, restored by {@code docker/restore.sh} into another scratch database
 * (twice, as over an earlier restore), and its rows are there. The test database itself is never touched.
 */
class BackupRestoreTest {

    private static final Pattern URL = Pattern.compile("^jdbc:postgresql://([^/:?]+)(?::(\\d+))?/([^?]*)(\\?.*)?$");

    @TempDir
    Path folder;

    @Test
    void aBackupRestoredIntoAnotherDatabaseHoldsTheSameRows() throws Exception {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        assumeTrue(url != null && url.startsWith("jdbc:postgresql:"), "PostgreSQL run only");
        assumeTrue(onPath("pg_dump") && onPath("pg_restore"), "pg_dump and pg_restore are not installed");
        Matcher server = URL.matcher(url);
        assertThat(server.matches()).as(url).isTrue();
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String source = "asociacija_backup_check_" + suffix;
        String target = "asociacija_restore_check_" + suffix;

        try (Connection admin = connect(url)) {
            execute(admin, "create database " + source);
            execute(admin, "create database " + target);
            try {
                try (Connection db = connect(withDatabase(server, source))) {
                    execute(db, "create table member_check (id int primary key, name varchar(200) not null, joined date not null)");
                    execute(db, "insert into member_check values (1, 'Društvo Žiri, Ljubljana', date '2019-05-14')");
                }
                Path backup = folder.resolve("asociacija.dump");
                run(server, source, "docker/backup.sh", backup.toString());
                assertThat(backup).isNotEmptyFile();
                assertThat(Files.exists(folder.resolve("asociacija.dump.partial"))).isFalse();

                run(server, source, "docker/restore.sh", backup.toString(), target);
                run(server, source, "docker/restore.sh", backup.toString(), target);

                try (Connection db = connect(withDatabase(server, target));
                     Statement statement = db.createStatement();
                     ResultSet rows = statement.executeQuery("select name, joined from member_check where id = 1")) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString("name")).isEqualTo("Društvo Žiri, Ljubljana");
                    assertThat(rows.getDate("joined").toString()).isEqualTo("2019-05-14");
                    assertThat(rows.next()).isFalse();
                }
            } finally {
                execute(admin, "drop database if exists " + source + " with (force)");
                execute(admin, "drop database if exists " + target + " with (force)");
            }
        }
    }

    private static void run(Matcher server, String database, String... command) throws Exception {
        ProcessBuilder process = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = process.environment();
        env.put("PGHOST", server.group(1));
        env.put("PGPORT", server.group(2) == null ? "5432" : server.group(2));
        env.put("PGUSER", user());
        env.put("PGPASSWORD", password());
        env.put("PGDATABASE", database);
        Process running = process.start();
        String output = new String(running.getInputStream().readAllBytes());
        assertThat(running.waitFor(2, TimeUnit.MINUTES)).as(output).isTrue();
        assertThat(running.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
    }

    private static String withDatabase(Matcher server, String database) {
        return "jdbc:postgresql://" + server.group(1) + (server.group(2) == null ? "" : ":" + server.group(2)) + "/" + database
                + (server.group(4) == null ? "" : server.group(4));
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, user(), password());
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String user() {
        String user = System.getenv("SPRING_DATASOURCE_USERNAME");
        return user == null || user.isEmpty() ? "postgres" : user;
    }

    private static String password() {
        String password = System.getenv("SPRING_DATASOURCE_PASSWORD");
        return password == null ? "" : password;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
