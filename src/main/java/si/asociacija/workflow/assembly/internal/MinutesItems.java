package si.asociacija.workflow.assembly.internal;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;

/**
 * One agenda item in the minutes: what it was, how it was voted on, the result and, for a named ballot,
 * how each member voted; for an election each candidate's votes, who was elected and any tie.
 */
final class MinutesItems {

    private final MinutesLayout layout;

    MinutesItems(MinutesLayout layout) {
        this.layout = layout;
    }

    /** The agenda under its heading, which stays on the page of the first item. */
    void write(Document document, List<Minutes.Item> items) {
        List<Paragraph> opening = List.of(layout.heading(layout.text("agenda")));
        if (items.isEmpty()) {
            document.add(layout.block(opening));
        }
        for (Minutes.Item item : items) {
            write(document, item, opening);
            opening = List.of();
        }
    }

    private void write(Document document, Minutes.Item item, List<Paragraph> opening) {
        List<Paragraph> summary = new ArrayList<>(opening);
        summary.add(layout.heading(layout.text("item", String.valueOf(item.number()), item.title())));
        if (item.description() != null && !item.description().isBlank()) {
            summary.add(layout.line(item.description()));
        }
        String kind = layout.text("kind." + item.kind());
        Minutes.Result result = item.result();
        if (result == null) {
            summary.add(layout.line(kind));
            summary.add(layout.line(layout.text("information")));
            document.add(layout.block(summary));
            return;
        }
        boolean election = "ELECTION".equals(item.kind());
        summary.add(layout.line(layout.text("kindAndBallot", kind, layout.text("ballot." + item.ballot()))));
        if (election) {
            summary.add(layout.line(layout.text("seats", item.seats())));
        }
        summary.add(layout.line(layout.text("turnout", item.turnout())));
        if (!election) {
            summary.add(layout.line(layout.text("tally", result.votesFor(), result.against(), result.abstain())));
            if (result.tie()) {
                summary.add(layout.line(layout.text("tie")));
            }
            summary.add(outcome(result));
        }
        document.add(layout.block(summary));
        if (election) {
            election(document, result);
        }
        if (result.votes() != null && !result.votes().isEmpty()) {
            votes(document, result.votes());
        }
    }

    private Paragraph outcome(Minutes.Result result) {
        return layout.line(layout.text("outcome", layout.text("outcome." + result.outcome())), layout.bold);
    }

    private void election(Document document, Minutes.Result result) {
        List<Minutes.CandidateCount> candidates = result.candidates() == null ? List.of() : result.candidates();
        List<String> elected = result.elected() == null ? List.of() : result.elected();
        int tiedVotes = result.tie() ? candidates.stream().filter(c -> !elected.contains(c.candidate()))
                .mapToInt(Minutes.CandidateCount::votes).max().orElse(-1) : -1;
        PdfPTable table = layout.table(new float[] {6, 2, 3},
                List.of(layout.text("column.candidate"), layout.text("column.votes"), layout.text("column.elected")));
        for (Minutes.CandidateCount candidate : candidates) {
            String mark = elected.contains(candidate.candidate()) ? layout.text("electedMark")
                    : candidate.votes() == tiedVotes ? layout.text("tiedMark") : "";
            layout.row(table, candidate.candidate(), String.valueOf(candidate.votes()), mark);
        }
        document.add(table);
        document.add(layout.line(elected.isEmpty() ? layout.text("noneElected")
                : layout.text("elected", String.join(", ", elected))));
        if (result.tie()) {
            document.add(layout.line(layout.text("electionTie")));
        }
        document.add(outcome(result));
    }

    private void votes(Document document, List<Minutes.Vote> votes) {
        document.add(layout.line(layout.text("namedVotes"), layout.bold));
        PdfPTable table = layout.table(new float[] {2, 6, 3},
                List.of(layout.text("column.number"), layout.text("column.name"), layout.text("column.choice")));
        for (Minutes.Vote vote : votes) {
            layout.row(table, vote.membershipNumber(), vote.name(), layout.text("choice." + vote.choice()));
        }
        document.add(table);
    }
}
