package si.asociacija.workflow.counselling.internal;

import java.time.format.DateTimeFormatter;

import si.asociacija.workflow.shared.ReferenceNumbers;
import si.asociacija.workflow.shared.TaskText;

/** What the staff forms show of a case: its summary and its whole thread, within the engine's text limit. */
final class CaseTaskTexts {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d. M. yyyy HH:mm").withZone(ReferenceNumbers.ZONE);

    private CaseTaskTexts() {
    }

    /** The case at a glance, for the staff forms. */
    static String summary(AssistanceCase c) {
        return c.getReference() + " — " + c.getName() + " <" + c.getEmail() + ">\n"
                + "Področje / Topic: " + c.getTopic().label("sl") + " / " + c.getTopic().label("en") + "\n"
                + "Prejeto / Received: " + TIME.format(c.getReceivedAt()) + "\n"
                + "Prvi odgovor do / First response due: " + TIME.format(c.getFirstResponseDue()) + "\n"
                + "Rešitev do / Resolution due: " + TIME.format(c.getResolutionDue())
                + (c.getPreviousReference() == null ? "" : "\nNadaljuje primer / Continues case " + c.getPreviousReference());
    }

    /** The whole thread, newest last, for the staff forms (internal notes marked as such). */
    static String thread(AssistanceCase c) {
        StringBuilder s = new StringBuilder();
        for (CaseMessage m : c.getMessages()) {
            if (m.getKind() == CaseMessage.Kind.STATE) {
                s.append("— ").append(TIME.format(m.getOccurredAt())).append(" · STANJE / STATE: ")
                        .append(CaseState.valueOf(m.getBody()).label("sl")).append("\n\n");
                continue;
            }
            String who = switch (m.getKind()) {
                case IN -> "STRANKA / CLIENT";
                case OUT -> "ODGOVOR / ANSWER (" + m.getAuthor() + ")";
                default -> "INTERNO / INTERNAL NOTE (" + m.getAuthor() + ")";
            };
            s.append("— ").append(TIME.format(m.getOccurredAt())).append(" · ").append(who).append('\n');
            if (m.getSubject() != null) {
                s.append(m.getSubject()).append('\n');
            }
            s.append(m.getBody() == null ? "" : m.getBody()).append("\n");
            if (!m.getAttachments().isEmpty()) {
                s.append("Priloge / Attachments: ").append(String.join(", ",
                        m.getAttachments().stream().map(CaseAttachment::getFilename).toList())).append('\n');
            }
            s.append('\n');
        }
        return TaskText.tail(s.toString());
    }
}
