package si.asociacija.workflow.shared;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class DurableCommitsTest {

    @TempDir
    Path folder;

    @Test
    void anH2FileDatabaseThatWritesCommitsLateIsRefused() {
        SingleConnectionDataSource database = database(";DB_CLOSE_ON_EXIT=FALSE");
        assertThatThrownBy(() -> new DurableCommits(database, new JdbcTemplate(database)).afterPropertiesSet())
                .hasMessageContaining("WRITE_DELAY=0");
        database.destroy();
    }

    @Test
    void theDefaultH2FileDatabaseWritesEachCommit() {
        SingleConnectionDataSource database = database(";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        assertThatCode(() -> new DurableCommits(database, new JdbcTemplate(database)).afterPropertiesSet())
                .doesNotThrowAnyException();
        database.destroy();
    }

    private SingleConnectionDataSource database(String options) {
        return new SingleConnectionDataSource("jdbc:h2:file:" + folder.resolve("db") + options, "sa", "", true);
    }
}
