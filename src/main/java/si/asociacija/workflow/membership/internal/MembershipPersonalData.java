package si.asociacija.workflow.membership.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import si.asociacija.workflow.privacy.PersonalData;
import si.asociacija.workflow.privacy.PersonalDataExport;

/** A person's membership applications (with their history and the staff's notes on them) and member records. */
@Component
class MembershipPersonalData implements PersonalData {

    record ApplicationView(String reference, String type, String name, String email, String phone, String address,
            String registrationNumber, String taxNumber, String field, String motivation, String language,
            Instant consentAt, String consentVersion, String status, String missingInfo, String rejectionReason, String resolutionNumber,
            String cultureRegisterEvidence, Instant submittedAt, Instant updatedAt, List<EventView> history) {
    }

    record EventView(Instant occurredAt, String status, String note) {
    }

    record MemberView(String membershipNumber, String type, String name, String email, String registrationNumber,
            String taxNumber, String field, LocalDate joinDate, String status, LocalDate endedOn, String language,
            String representative, String applicationReference) {
    }

    private final MembershipApplicationRepository applications;
    private final MemberRepository members;

    MembershipPersonalData(MembershipApplicationRepository applications, MemberRepository members) {
        this.applications = applications;
        this.members = members;
    }

    @Override
    public void export(String email, PersonalDataExport export) {
        export.document("membership/applications.json", applications.findByEmailIgnoreCaseOrderBySubmittedAt(email).stream()
                .map(a -> new ApplicationView(a.getReference(), a.getType().name(), a.getName(), a.getEmail(), a.getPhone(),
                        a.getAddress(), a.getRegistrationNumber(), a.getTaxNumber(), a.getField().name(), a.getMotivation(),
                        a.getLanguage(), a.getConsentAt(), a.getConsentVersion(), a.getStatus().name(), a.getMissingInfo(), a.getRejectionReason(),
                        a.getResolutionNumber(), a.getCultureRegisterEvidence(), a.getSubmittedAt(), a.getUpdatedAt(),
                        a.getHistory().stream().map(e -> new EventView(e.getOccurredAt(), e.getStatus().name(), e.getPublicNote()))
                                .toList()))
                .toList());
        export.document("membership/members.json", members.findByEmailIgnoreCaseOrderByMembershipNumber(email).stream()
                .map(m -> new MemberView(m.getMembershipNumber(), m.getType().name(), m.getName(), m.getEmail(),
                        m.getRegistrationNumber(), m.getTaxNumber(), m.getField().name(), m.getJoinDate(), m.getStatus().name(),
                        m.getEndedOn(), m.getLanguage(), m.getRepresentative(), m.getApplicationReference()))
                .toList());
    }
}
