package si.asociacija.workflow.assembly.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.shared.Tokens;

/**
 * The secret ballots of an item, kept only as counters per option: a ballot adds one to each option it
 * marks and is then gone, so no stored row can be tied to a voter. The voter gets a receipt code whose
 * hash is kept apart, to check later that their ballot was counted; the receipt says nothing of the choice.
 */
@Component
class BallotBox {

    private static final String CANDIDATE = "C:";

    private final JdbcTemplate jdbc;

    BallotBox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets every counter of the item to zero when its voting opens (again). */
    void prepare(AgendaItem item) {
        jdbc.update("delete from assembly_tally where item_id = ?", item.getId());
        for (String option : options(item)) {
            jdbc.update("insert into assembly_tally (item_id, choice, votes) values (?, ?, 0)", item.getId(), option);
        }
    }

    /** Counts one ballot (counters are updated in one order, so concurrent ballots never deadlock): {@code choice} for a resolution, {@code candidates} (none: a blank ballot) for an election. */
    String cast(AgendaItem item, String choice, List<String> candidates) {
        List<String> marks = item.getKind() == AgendaItem.Kind.ELECTION
                ? (candidates.isEmpty() ? List.of(Tally.ABSTAIN) : candidates.stream().map(c -> CANDIDATE + c).toList())
                : List.of(choice);
        add(item, marks, 1);
        String receipt = Tokens.newToken();
        jdbc.update("insert into assembly_receipt (receipt_hash, item_id) values (?, ?)", hash(receipt), item.getId());
        return receipt;
    }

    /** Adds the counts of paper ballots (per option) entered by staff. */
    void addPaper(AgendaItem item, Map<String, Integer> counts) {
        counts.forEach((option, n) -> add(item, List.of(item.getKind() == AgendaItem.Kind.ELECTION
                && !Tally.ABSTAIN.equals(option) ? CANDIDATE + option : option), n));
    }

    private void add(AgendaItem item, List<String> marks, int n) {
        for (String mark : marks.stream().sorted().toList()) {
            if (jdbc.update("update assembly_tally set votes = votes + ? where item_id = ? and choice = ?", n, item.getId(), mark) != 1) {
                throw new IllegalStateException("no counter " + mark + " on item " + item.getNumber());
            }
        }
    }

    /** Rewrites every counter of the item, so the last change of each is the closing, not the last ballot. */
    Map<String, Integer> seal(AgendaItem item) {
        jdbc.update("update assembly_tally set votes = votes + 0 where item_id = ?", item.getId());
        return counts(item);
    }

    /** The counts per option: FOR/AGAINST/ABSTAIN, or per candidate (and ABSTAIN for blank ballots). */
    Map<String, Integer> counts(AgendaItem item) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.query("select choice, votes from assembly_tally where item_id = ?", rs -> {
            String option = rs.getString(1);
            counts.put(option.startsWith(CANDIDATE) ? option.substring(CANDIDATE.length()) : option, rs.getInt(2));
        }, item.getId());
        return counts;
    }

    boolean counted(AgendaItem item, String receipt) {
        Integer found = jdbc.queryForObject("select count(*) from assembly_receipt where receipt_hash = ? and item_id = ?",
                Integer.class, hash(receipt.trim()), item.getId());
        return found != null && found > 0;
    }

    private static List<String> options(AgendaItem item) {
        List<String> options = new ArrayList<>();
        if (item.getKind() == AgendaItem.Kind.ELECTION) {
            item.getCandidates().forEach(c -> options.add(CANDIDATE + c));
            options.add(Tally.ABSTAIN);
        } else {
            options.addAll(Tally.CHOICES);
        }
        return options;
    }

    private static String hash(String receipt) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(receipt.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
