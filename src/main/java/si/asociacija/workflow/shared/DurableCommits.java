package si.asociacija.workflow.shared;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A 201, a 202 or an acknowledgement is only given after the commit that holds it is on disk. The
 * application refuses to start on a database that would acknowledge a commit before writing it: an H2
 * file database with a write delay (H2's default is 500 ms: a crash loses the last half second), or
 * PostgreSQL with {@code synchronous_commit} off.
 */
@Component
class DurableCommits implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DurableCommits.class);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    DurableCommits(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        String url;
        String product;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
            product = connection.getMetaData().getDatabaseProductName();
        }
        if ("H2".equals(product)) {
            if (url.startsWith("jdbc:h2:mem:")) {
                log.warn("In-memory database: everything is lost when the application stops (tests only)");
                return;
            }
            // H2 lists the setting once for the database and once for the session
            String delay = jdbc.queryForList(
                    "select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'", String.class)
                    .stream().filter(value -> !"0".equals(value)).findFirst().orElse("0");
            if (!"0".equals(delay)) {
                throw new IllegalStateException("The H2 database writes commits " + delay + " ms late, so a crash would lose "
                        + "acknowledged data: add ;WRITE_DELAY=0 to the JDBC URL (" + url + ")");
            }
            log.info("H2 file database {}: each commit is written before it is acknowledged", url);
        } else if ("PostgreSQL".equals(product)) {
            String synchronous = jdbc.queryForObject("show synchronous_commit", String.class);
            if ("off".equalsIgnoreCase(synchronous)) {
                throw new IllegalStateException("PostgreSQL has synchronous_commit = off, so a crash would lose acknowledged "
                        + "data: set it to on (the default) for this database or role");
            }
            log.info("PostgreSQL: synchronous_commit = {}", synchronous);
        }
    }
}
