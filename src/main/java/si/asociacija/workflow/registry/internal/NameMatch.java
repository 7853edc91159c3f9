package si.asociacija.workflow.registry.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Whether an applicant's name is the register's: compared without case, quotes, punctuation, the order
 * of words, and the words of a legal form ("zavod", "društvo", "d.o.o.", ...).
 */
final class NameMatch {

    private static final Locale SLOVENE = Locale.forLanguageTag("sl");
    private static final Pattern LEGAL_FORMS = Pattern.compile(
            "(?<!\\p{L})(zasebni zavod|zavod|zveza društev|društvo|ustanova|fundacija|d\\.?\\s?o\\.?\\s?o\\.?|d\\.?\\s?d\\.?|"
                    + "k\\.?\\s?d\\.?|s\\.?\\s?p\\.?|so\\.?\\s?p\\.?|z\\.?\\s?o\\.?\\s?o\\.?)(?!\\p{L})");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameMatch() {
    }

    static boolean same(String applicant, String register) {
        return applicant != null && register != null && !words(applicant).isEmpty() && words(applicant).equals(words(register));
    }

    static Set<String> words(String name) {
        String lower = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(SLOVENE);
        String withoutForms = LEGAL_FORMS.matcher(lower).replaceAll(" ");
        return new TreeSet<>(Arrays.stream(NOT_A_WORD.split(withoutForms)).filter(w -> !w.isBlank()).toList());
    }
}
