package si.asociacija.workflow.counselling.internal;

import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import si.asociacija.workflow.shared.ReferenceNumbers;
import si.asociacija.workflow.shared.TaskText;
import si.asociacija.workflow.shared.Texts;

/**
 * What the staff forms show of a case: its summary and its whole thread, within the engine's text
 * limit; headings in Slovene and English together.
 */
@Component
class CaseTaskTexts {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d. M. yyyy HH:mm").withZone(ReferenceNumbers.ZONE);

    private final Texts texts;

    CaseTaskTexts(Texts texts) {
        this.texts = texts;
    }

    /** The case at a glance, for the staff forms. */
    String summary(AssistanceCase c) {
        return c.getReference() + " — " + c.getName() + " <" + c.getEmail() + ">\n"
                + texts.both("counselling.task.topic") + ": " + texts.both(c.getTopic()) + "\n"
                + texts.both("counselling.task.received") + ": " + TIME.format(c.getReceivedAt()) + "\n"
                + texts.both("counselling.task.firstResponseDue") + ": " + TIME.format(c.getFirstResponseDue()) + "\n"
                + texts.both("counselling.task.resolutionDue") + ": " + TIME.format(c.getResolutionDue())
                + (c.getPreviousReference() == null ? ""
                        : "\n" + texts.both("counselling.task.continuesCase") + " " + c.getPreviousReference());
    }

    /** The whole thread, newest last, for the staff forms (internal notes marked as such). */
    String thread(AssistanceCase c) {
        StringBuilder s = new StringBuilder();
        for (CaseMessage m : c.getMessages()) {
            if (m.getKind() == CaseMessage.Kind.STATE) {
                s.append("— ").append(TIME.format(m.getOccurredAt())).append(" · ")
                        .append(texts.both("counselling.task.state")).append(": ")
                        .append(texts.label(CaseState.valueOf(m.getBody()), "sl")).append("\n\n");
                continue;
            }
            String who = switch (m.getKind()) {
                case IN -> texts.both("counselling.task.client");
                case OUT -> texts.both("counselling.task.answer") + " (" + m.getAuthor() + ")";
                default -> texts.both("counselling.task.note") + " (" + m.getAuthor() + ")";
            };
            s.append("— ").append(TIME.format(m.getOccurredAt())).append(" · ").append(who).append('\n');
            if (m.getSubject() != null) {
                s.append(m.getSubject()).append('\n');
            }
            s.append(m.getBody() == null ? "" : m.getBody()).append("\n");
            if (!m.getAttachments().isEmpty()) {
                s.append(texts.both("counselling.task.attachments")).append(": ").append(String.join(", ",
                        m.getAttachments().stream().map(CaseAttachment::getFilename).toList())).append('\n');
            }
            s.append('\n');
        }
        return TaskText.tail(s.toString());
    }
}
