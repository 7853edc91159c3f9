package si.asociacija.workflow.advocacy.internal.watch;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The words a source's items must contain to matter (stems such as {@code kultur}, {@code samozaposlen},
 * {@code nevladn}, {@code javni razpis}), compared without case and without diacritics, in the title and the
 * summary. No words: every item matters.
 */
record Keywords(List<String> stems) {

    Keywords {
        stems = stems == null ? List.of() : stems.stream().map(Keywords::plain).filter(s -> !s.isBlank()).toList();
    }

    boolean matches(Draft draft) {
        if (stems.isEmpty()) {
            return true;
        }
        String text = plain(draft.title() + " " + (draft.summary() == null ? "" : draft.summary()));
        return stems.stream().anyMatch(text::contains);
    }

    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }
}
