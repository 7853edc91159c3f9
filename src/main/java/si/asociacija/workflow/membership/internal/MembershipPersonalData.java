package si.asociacija.workflow.membership.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.stereotype.Component;

import si.asociacija.workflow.privacy.Erasure;
import si.asociacija.workflow.privacy.PersonalData;
import si.asociacija.workflow.privacy.PersonalDataExport;
import si.asociacija.workflow.privacy.RetentionPeriods;
import si.asociacija.workflow.shared.ReferenceNumbers;

/**
 * A person's membership applications (with their history and the staff's notes on them) and member records:
 * exported, and anonymised on request (not while they are a member or an application of theirs is open) or
 * past their retention period (an application that made someone a member goes with the member record).
 */
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

    static final String APPLICATIONS = "membership/applications";
    static final String MEMBERS = "membership/members";
    static final String REGISTER_CHANGES = "membership/register-changes";

    private final MembershipApplicationRepository applications;
    private final MemberRepository members;
    private final MembershipAnonymiser anonymiser;

    MembershipPersonalData(MembershipApplicationRepository applications, MemberRepository members, MembershipAnonymiser anonymiser) {
        this.applications = applications;
        this.members = members;
        this.anonymiser = anonymiser;
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

    @Override
    public List<String> erasureRefusals(String email) {
        return anonymiser.blockers(email);
    }

    @Override
    public void erase(String email, Erasure erasure) {
        anonymiser.endedMembershipsOf(email).forEach(number -> anonymiseMember(number, erasure));
        anonymiser.closedApplicationsOf(email).forEach(reference -> anonymiseApplication(reference, erasure));
    }

    @Override
    public void anonymiseExpired(RetentionPeriods periods, Erasure erasure) {
        Instant now = erasure.now();
        anonymiser.closedApplicationsBefore(now.atOffset(ZoneOffset.UTC).minus(periods.closedApplications()).toInstant())
                .forEach(reference -> anonymiseApplication(reference, erasure));
        anonymiser.membershipsEndedBefore(LocalDate.ofInstant(now, ReferenceNumbers.ZONE).minus(periods.endedMemberships()))
                .forEach(number -> anonymiseMember(number, erasure));
    }

    private void anonymiseMember(String membershipNumber, Erasure erasure) {
        anonymiser.anonymiseMember(membershipNumber, erasure.now())
                .forEach(change -> erasure.anonymised(REGISTER_CHANGES, change, true));
        erasure.anonymised(MEMBERS, membershipNumber, false);
        anonymiser.applicationOf(membershipNumber).forEach(reference -> anonymiseApplication(reference, erasure));
    }

    private void anonymiseApplication(String reference, Erasure erasure) {
        anonymiser.anonymiseApplication(reference, erasure.now());
        erasure.anonymised(APPLICATIONS, reference, true);
    }
}
