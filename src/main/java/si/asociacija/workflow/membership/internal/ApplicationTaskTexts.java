package si.asociacija.workflow.membership.internal;

import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import si.asociacija.workflow.shared.ReferenceNumbers;
import si.asociacija.workflow.shared.Texts;

/** What the staff forms and the board's motion show of an application; headings in Slovene and English together. */
@Component
class ApplicationTaskTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. M. yyyy").withZone(ReferenceNumbers.ZONE);

    private final Texts texts;

    ApplicationTaskTexts(Texts texts) {
        this.texts = texts;
    }

    /** A one-paragraph view of the application for staff forms and the board's motion. */
    String summary(MembershipApplication a, boolean withContactDetails) {
        StringBuilder s = new StringBuilder();
        s.append(a.getReference()).append(" — ").append(a.getName()).append(" (").append(texts.both(a.getType())).append(")\n");
        line(s, "membership.task.field", texts.both(a.getField()));
        if (a.getRegistrationNumber() != null) {
            line(s, "membership.task.registrationNumber", a.getRegistrationNumber());
        }
        if (a.getTaxNumber() != null && (withContactDetails || a.getType() == ApplicantType.ORGANISATION)) {
            line(s, "membership.task.taxNumber", a.getTaxNumber());
        }
        if (withContactDetails) {
            line(s, "membership.task.email", a.getEmail());
            if (a.getPhone() != null) {
                line(s, "membership.task.phone", a.getPhone());
            }
            line(s, "membership.task.address", a.getAddress());
            line(s, "membership.task.language", a.getLanguage());
        }
        if (a.getCultureRegisterEvidence() != null) {
            line(s, "membership.task.cultureRegisterEvidence", a.getCultureRegisterEvidence() + " ("
                    + a.getCultureRegisterEvidenceBy() + ", " + DATE.format(a.getCultureRegisterEvidenceAt()) + ")");
        }
        s.append('\n').append(texts.both("membership.task.motivation")).append(":\n").append(a.getMotivation());
        return s.toString();
    }

    /** The summary with the applicant's answer to a request for missing information. */
    String summaryWithAnswer(MembershipApplication a, String answer) {
        return summary(a, true) + "\n\n" + texts.both("membership.task.applicantAnswer") + ":\n" + answer;
    }

    /** The title of the board's motion to admit the applicant. */
    String motionTitle(MembershipApplication a) {
        return texts.both("membership.motion.title") + ": " + a.getName();
    }

    /** What the board decides, in Slovene and then in English, one line each. */
    String motionText() {
        return texts.text("membership.motion.text", "sl") + "\n" + texts.text("membership.motion.text", "en");
    }

    private void line(StringBuilder s, String key, String value) {
        s.append(texts.both(key)).append(": ").append(value).append('\n');
    }
}
