package si.asociacija.workflow.registry;

import java.util.Collection;
import java.util.List;

/** What an import changed, for the organisations and people one asks about. */
public interface RegisterChanges {

    /**
     * The changed and gone records of import {@code importId} with one of these registration numbers
     * (matična številka, 7 digits or the 10 of a unit) or tax numbers.
     */
    List<RegisterChange> of(long importId, Collection<String> registrationNumbers, Collection<String> taxNumbers);
}
