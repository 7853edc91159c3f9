package si.asociacija.workflow.assembly.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * The agenda as staff type it in the Tasklist start form, one item per line:
 * {@code KIND | BALLOT | title} and, for an election, {@code | seats | candidate, candidate, ...}, e.g.
 * {@code RESOLUTION | NAMED | Sprejem letnega poročila} or {@code ELECTION | SECRET | Volitve v upravni odbor | 3 | Ana, Bor, Cvetka, Darja}.
 */
final class AgendaText {

    private AgendaText() {
    }

    static List<ConveningRequest.Item> parse(String text) {
        if (text == null || text.isBlank()) {
            throw new BadUserRequestException("agenda: give at least one item, one per line: KIND | BALLOT | title");
        }
        List<ConveningRequest.Item> items = new ArrayList<>();
        String[] lines = text.strip().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] parts = Arrays.stream(lines[i].split("\\|")).map(String::trim).toArray(String[]::new);
            if (parts.length != 3 && parts.length != 5) {
                throw new BadUserRequestException("agenda: line " + (i + 1)
                        + " must be KIND | BALLOT | title, or for an election KIND | BALLOT | title | seats | candidates");
            }
            Integer seats = null;
            List<String> candidates = null;
            if (parts.length == 5) {
                try {
                    seats = Integer.valueOf(parts[3]);
                } catch (NumberFormatException e) {
                    throw new BadUserRequestException("agenda: line " + (i + 1) + ": seats must be a number");
                }
                candidates = Arrays.stream(parts[4].split(",")).map(String::trim).filter(c -> !c.isEmpty()).toList();
            }
            items.add(new ConveningRequest.Item(parts[2], null, parts[0].toUpperCase(), parts[1].toUpperCase(), seats, candidates));
        }
        return items;
    }
}
