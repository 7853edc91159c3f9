package si.asociacija.workflow.registry.internal;

import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import si.asociacija.workflow.privacy.Erasure;
import si.asociacija.workflow.privacy.PersonalData;
import si.asociacija.workflow.privacy.PersonalDataExport;

/**
 * What the registers said about an applicant or a member is kept with their record (the public registers
 * themselves are not personal data the product holds on them): it goes when the record is anonymised.
 */
@Component
class RegistryPersonalData implements PersonalData {

    static final String FINDINGS = "registry/findings";

    private final JdbcTemplate jdbc;

    RegistryPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Findings are what the public registers publish, kept by the record they are about, never by an address. */
    @Override
    public void export(String email, PersonalDataExport export) {
    }

    @Override
    public void erase(String email, Erasure erasure) {
    }

    @Override
    public void anonymiseAbout(Set<String> references, Erasure erasure) {
        for (String reference : references) {
            if (jdbc.update("delete from registry_finding where reference = ?", reference) > 0) {
                erasure.anonymised(FINDINGS, reference, false);
            }
        }
    }
}
