package si.asociacija.workflow.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import si.asociacija.workflow.audit.AuditTrail;
import si.asociacija.workflow.audit.Audited;
import si.asociacija.workflow.audit.Audited.SubjectType;

/** The table {@code audit_entry}: written in the transaction of the change, read newest first. */
@Repository
class AuditEntries implements AuditTrail {

    static final int MAX_DETAIL = 1000;

    /** The filters of a reading; null fields do not filter. */
    record Query(SubjectType subjectType, String subject, String actor, Instant from, Instant to, int page, int size) {
    }

    record Entry(Instant time, String actor, SubjectType subjectType, String subject, String action, String detail) {
    }

    record Page(int page, int size, long total, List<Entry> entries) {
    }

    private final JdbcTemplate jdbc;

    AuditEntries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Joins the transaction of the change when there is one. */
    void add(Audited audited, String actor) {
        jdbc.update("insert into audit_entry (occurred_at, actor, subject_type, subject, action, detail) values (?, ?, ?, ?, ?, ?)",
                OffsetDateTime.ofInstant(audited.occurredAt(), ZoneOffset.UTC), cut(actor, 100), audited.subjectType().name(),
                cut(audited.subject(), 200), cut(audited.action(), 60), cut(audited.detail(), MAX_DETAIL));
    }

    @Transactional(readOnly = true)
    Page read(Query query) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (query.subjectType() != null) {
            where.append(" and subject_type = ?");
            args.add(query.subjectType().name());
        }
        condition(where, args, " and subject = ?", query.subject());
        condition(where, args, " and actor = ?", query.actor());
        if (query.from() != null) {
            where.append(" and occurred_at >= ?");
            args.add(OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
        }
        if (query.to() != null) {
            where.append(" and occurred_at < ?");
            args.add(OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
        }
        Long total = jdbc.queryForObject("select count(*) from audit_entry" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add((long) query.page() * query.size());
        pageArgs.add(query.size());
        List<Entry> entries = jdbc.query("select occurred_at, actor, subject_type, subject, action, detail from audit_entry"
                + where + " order by occurred_at desc, id desc offset ? rows fetch next ? rows only",
                AuditEntries::entry, pageArgs.toArray());
        return new Page(query.page(), query.size(), total == null ? 0 : total, entries);
    }

    @Override
    @Transactional
    public int replaceUserId(String userId, String replacement) {
        int changed = jdbc.update("update audit_entry set actor = ? where actor = ?", replacement, userId);
        return changed + jdbc.update("update audit_entry set subject = ? where subject = ? and subject_type in (?, ?, ?)",
                replacement, userId, SubjectType.USER.name(), SubjectType.GROUP_MEMBERSHIP.name(), SubjectType.AUTHORIZATION.name());
    }

    private static void condition(StringBuilder where, List<Object> args, String sql, String value) {
        if (value != null && !value.isBlank()) {
            where.append(sql);
            args.add(value.trim());
        }
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                SubjectType.valueOf(rs.getString("subject_type")), rs.getString("subject"), rs.getString("action"),
                rs.getString("detail"));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
