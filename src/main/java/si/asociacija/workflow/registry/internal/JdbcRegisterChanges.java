package si.asociacija.workflow.registry.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.registry.RegisterChange;
import si.asociacija.workflow.registry.RegisterChanges;

/** The changes an import recorded, found by the first seven digits of the matična številka or by tax number. */
@Component
class JdbcRegisterChanges implements RegisterChanges {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcRegisterChanges(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<RegisterChange> of(long importId, Collection<String> registrationNumbers, Collection<String> taxNumbers) {
        List<String> companies = registrationNumbers.stream().map(RegisterChange::company).filter(Objects::nonNull)
                .distinct().toList();
        List<String> taxpayers = taxNumbers.stream().filter(n -> n != null && !n.isBlank()).distinct().toList();
        if (companies.isEmpty() && taxpayers.isEmpty()) {
            return List.of();
        }
        List<String> matches = new ArrayList<>();
        MapSqlParameterSource parameters = new MapSqlParameterSource("importId", importId);
        if (!companies.isEmpty()) {
            matches.add("left(registration_number, 7) in (:companies)");
            parameters.addValue("companies", companies);
        }
        if (!taxpayers.isEmpty()) {
            matches.add("tax_number in (:taxpayers)");
            parameters.addValue("taxpayers", taxpayers);
        }
        return jdbc.query("select * from registry_change where import_id = :importId and (" + String.join(" or ", matches)
                + ") order by id", parameters, (rs, i) -> new RegisterChange(rs.getLong("id"), rs.getLong("import_id"),
                        rs.getString("source"), rs.getString("kind"), rs.getString("registration_number"),
                        rs.getString("tax_number"), rs.getString("changed_fields"), rs.getString("before_text"),
                        rs.getString("after_text")));
    }
}
