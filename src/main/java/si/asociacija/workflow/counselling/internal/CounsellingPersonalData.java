package si.asociacija.workflow.counselling.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import si.asociacija.workflow.privacy.Erasure;
import si.asociacija.workflow.privacy.PersonalData;
import si.asociacija.workflow.privacy.PersonalDataExport;
import si.asociacija.workflow.privacy.RetentionPeriods;

/**
 * A person's assistance cases: each with its messages both ways and the files they sent or were sent.
 * Exported; anonymised on request once closed, and past their retention period after closing.
 */
@Component
class CounsellingPersonalData implements PersonalData {

    record CaseView(String reference, String name, String email, String topic, String language, String status,
            String outcome, Instant receivedAt, Instant closedAt, Integer rating, Instant consentAt, String consentVersion,
            List<MessageView> messages) {
    }

    record MessageView(String kind, String author, String subject, String body, Instant occurredAt, List<String> attachments) {
    }

    static final String CASES = "counselling/assistance-cases";

    private final AssistanceCaseRepository cases;
    private final CaseAnonymiser anonymiser;

    CounsellingPersonalData(AssistanceCaseRepository cases, CaseAnonymiser anonymiser) {
        this.cases = cases;
        this.anonymiser = anonymiser;
    }

    @Override
    public void export(String email, PersonalDataExport export) {
        List<CaseView> views = new ArrayList<>();
        for (AssistanceCase c : cases.findByEmailIgnoreCaseOrderByReceivedAt(email)) {
            List<MessageView> messages = new ArrayList<>();
            for (CaseMessage m : c.getMessages()) {
                List<String> files = new ArrayList<>();
                for (CaseAttachment a : m.getAttachments()) {
                    String path = "counselling/" + c.getReference() + "/attachments/" + a.getId() + "-" + a.getFilename();
                    export.file(path, a.getContentType(), a.getContent());
                    files.add(path);
                }
                messages.add(new MessageView(m.getKind().name(), m.getAuthor(), m.getSubject(), m.getBody(), m.getOccurredAt(), files));
            }
            views.add(new CaseView(c.getReference(), c.getName(), c.getEmail(), c.getTopic().name(), c.getLanguage(),
                    c.getStatus().name(), c.getOutcome() == null ? null : c.getOutcome().name(), c.getReceivedAt(),
                    c.getClosedAt(), c.getRating(), c.getConsentAt(), c.getConsentVersion(), messages));
        }
        export.document("counselling/assistance-cases.json", views);
    }

    @Override
    public List<String> erasureRefusals(String email) {
        return anonymiser.openCasesOf(email).stream().map(reference -> "Assistance case " + reference + " is still open.").toList();
    }

    @Override
    public void erase(String email, Erasure erasure) {
        anonymiser.closedCasesOf(email).forEach(reference -> anonymise(reference, erasure));
    }

    @Override
    public void anonymiseExpired(RetentionPeriods periods, Erasure erasure) {
        Instant before = erasure.now().atOffset(ZoneOffset.UTC).minus(periods.assistanceCases()).toInstant();
        anonymiser.casesClosedBefore(before).forEach(reference -> anonymise(reference, erasure));
    }

    private void anonymise(String reference, Erasure erasure) {
        anonymiser.anonymise(reference, erasure.now());
        erasure.anonymised(CASES, reference, true);
    }
}
