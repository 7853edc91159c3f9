package si.asociacija.workflow.assembly.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.membership.MemberDirectory;
import si.asociacija.workflow.membership.Voter;
import si.asociacija.workflow.privacy.Erasure;
import si.asociacija.workflow.privacy.PersonalData;
import si.asociacija.workflow.privacy.PersonalDataExport;

/**
 * A member's votes at general assemblies: on a named ballot with their choice, on a secret one only that
 * they voted (the choice was never stored with them). The minutes and votes are kept for ever: an
 * erasure leaves them, and the member record they point to is anonymised by the member register.
 */
@Component
class AssemblyPersonalData implements PersonalData {

    record VoteView(String assembly, String assemblyTitle, Instant startsAt, int item, String itemTitle, String ballot,
            String choice, String castBy, boolean onPaper) {
    }

    private final MemberDirectory members;
    private final JdbcTemplate jdbc;

    AssemblyPersonalData(MemberDirectory members, JdbcTemplate jdbc) {
        this.members = members;
        this.jdbc = jdbc;
    }

    @Override
    public void export(String email, PersonalDataExport export) {
        List<VoteView> votes = members.withEmail(email).stream().map(Voter::membershipNumber)
                .flatMap(number -> jdbc.query("""
                        select a.reference, a.title, a.starts_at, i.item_number, i.title, i.ballot, v.choice, v.cast_by, v.on_paper
                          from assembly_vote v join assembly_item i on i.id = v.item_id join assembly a on a.id = i.assembly_id
                         where v.membership_number = ? order by a.starts_at, i.item_number""",
                        (row, n) -> new VoteView(row.getString(1), row.getString(2), row.getTimestamp(3).toInstant(),
                                row.getInt(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8),
                                row.getBoolean(9)), number).stream())
                .toList();
        export.document("assembly/votes.json", votes);
    }

    /** Assembly minutes and the votes behind them are the association's record, kept for ever. */
    @Override
    public void erase(String email, Erasure erasure) {
    }
}
