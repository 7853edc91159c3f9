package si.asociacija.workflow.counselling.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import si.asociacija.workflow.privacy.PersonalData;
import si.asociacija.workflow.privacy.PersonalDataExport;

/** A person's assistance cases: each with its messages both ways and the files they sent or were sent. */
@Component
class CounsellingPersonalData implements PersonalData {

    record CaseView(String reference, String name, String email, String topic, String language, String status,
            String outcome, Instant receivedAt, Instant closedAt, Integer rating, Instant consentAt, String consentVersion,
            List<MessageView> messages) {
    }

    record MessageView(String kind, String author, String subject, String body, Instant occurredAt, List<String> attachments) {
    }

    private final AssistanceCaseRepository cases;

    CounsellingPersonalData(AssistanceCaseRepository cases) {
        this.cases = cases;
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
}
