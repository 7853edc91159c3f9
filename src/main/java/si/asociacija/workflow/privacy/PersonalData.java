package si.asociacija.workflow.privacy;

import java.util.List;
import java.util.Set;

/**
 * What one capability holds on a person, found by the email address they gave: exported on request
 * (subject access), anonymised on request where the law allows (erasure) and once its retention period
 * has passed (the nightly retention run). Anonymising removes names, addresses, messages and files and
 * keeps counts, dates and outcomes, so reports stay right.
 */
public interface PersonalData {

    /** Adds the capability's records on the person (none when it holds nothing) to the export. */
    void export(String email, PersonalDataExport export);

    /**
     * Why the person's records cannot be erased now (a current member, an application or case still open):
     * each reason a sentence naming the record; empty when nothing stands in the way.
     */
    default List<String> erasureRefusals(String email) {
        return List.of();
    }

    /** Anonymises the person's records, noting each in {@code erasure}. Called only when no holder refused. */
    void erase(String email, Erasure erasure);

    /** Anonymises the records whose retention period ended before {@code erasure.now()}. */
    default void anonymiseExpired(RetentionPeriods periods, Erasure erasure) {
    }

    /**
     * Anonymises what the capability holds about records another capability anonymised in the same run
     * (the mails about a case, the board's motion about an application), found by their references.
     */
    default void anonymiseAbout(Set<String> references, Erasure erasure) {
    }
}
