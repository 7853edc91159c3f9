package si.asociacija.workflow.board.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.privacy.Erasure;
import si.asociacija.workflow.privacy.PersonalData;
import si.asociacija.workflow.privacy.PersonalDataExport;

/**
 * The board's records: a board member's named votes (with their comments) are theirs to see; the
 * resolutions are the association's record and stay, but a motion about an anonymised application or case
 * loses its text, its title (it is named by the reference instead) and the members' comments on it.
 */
@Component
class BoardPersonalData implements PersonalData {

    static final String MOTIONS = "board/motions";

    record VoteView(String resolution, String title, String vote, String comment, Instant castAt) {
    }

    private final JdbcTemplate jdbc;
    private final IdentityService identities;

    BoardPersonalData(JdbcTemplate jdbc, IdentityService identities) {
        this.jdbc = jdbc;
        this.identities = identities;
    }

    @Override
    public void export(String email, PersonalDataExport export) {
        List<String> accounts = identities.createUserQuery().userEmail(email).list().stream().map(User::getId).toList();
        export.document("board/votes.json", accounts.stream().flatMap(account -> jdbc.query("""
                select r.number, r.title, v.vote, v.comment, v.cast_at from board_vote v
                  join board_resolution r on r.id = v.resolution_id where v.voter = ? order by v.cast_at""",
                (row, i) -> new VoteView(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getTimestamp(5).toInstant()), account).stream()).toList());
    }

    /** A board member's votes are the board's record of its resolutions: they stay while the account does. */
    @Override
    public void erase(String email, Erasure erasure) {
    }

    @Override
    public void anonymiseAbout(Set<String> references, Erasure erasure) {
        for (String reference : references) {
            List<String> numbers = jdbc.queryForList("select number from board_resolution where subject_reference = ? and motion_text <> ''",
                    String.class, reference);
            for (String number : numbers) {
                jdbc.update("update board_vote set comment = null where resolution_id = (select id from board_resolution where number = ?)", number);
                jdbc.update("update board_resolution set title = subject_reference, motion_text = '' where number = ?", number);
                erasure.anonymised(MOTIONS, number, false);
            }
        }
    }
}
