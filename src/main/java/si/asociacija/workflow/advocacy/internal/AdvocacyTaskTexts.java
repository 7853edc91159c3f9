package si.asociacija.workflow.advocacy.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import si.asociacija.workflow.membership.FieldOfWork;
import si.asociacija.workflow.shared.ReferenceNumbers;
import si.asociacija.workflow.shared.TaskText;
import si.asociacija.workflow.shared.Texts;

/**
 * What the staff forms show of an advocacy case: the draft at a glance, and the members' views counted
 * per field and each readable (by membership number: names and addresses stay in the record). Headings
 * in Slovene and English together.
 */
@Component
class AdvocacyTaskTexts {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. M. yyyy");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d. M. yyyy HH:mm").withZone(ReferenceNumbers.ZONE);

    private final Texts texts;

    AdvocacyTaskTexts(Texts texts) {
        this.texts = texts;
    }

    String summary(AdvocacyCase c) {
        StringBuilder s = new StringBuilder(c.getReference()).append(" — ").append(c.getTitle()).append('\n');
        line(s, "advocacy.task.proposer", c.getProposer());
        line(s, "advocacy.task.stage", c.getStage());
        line(s, "advocacy.task.link", c.getLink());
        line(s, "advocacy.task.source", c.getSource());
        line(s, "advocacy.task.consultationDeadline", date(c.getConsultationDeadline()));
        if (c.daysGiven() != null) {
            line(s, "advocacy.task.daysGiven", c.daysGiven().toString());
        }
        line(s, "advocacy.task.responseDeadline", date(c.getResponseDeadline()));
        if (c.getSummary() != null) {
            s.append('\n').append(c.getSummary());
        }
        return TaskText.head(s.toString().strip());
    }

    /** Views per field (given of invited), then each given view with its files' names. */
    String views(List<MemberView> views) {
        Map<FieldOfWork, int[]> counts = new EnumMap<>(FieldOfWork.class);
        for (MemberView view : views) {
            int[] count = counts.computeIfAbsent(view.getField(), f -> new int[2]);
            count[1]++;
            if (view.isGiven()) {
                count[0]++;
            }
        }
        StringBuilder s = new StringBuilder(texts.both("advocacy.task.viewsPerField")).append('\n');
        counts.forEach((field, count) -> s.append("· ").append(texts.both(field)).append(": ")
                .append(texts.both("advocacy.task.viewsGiven", count[0], count[1])).append('\n'));
        for (MemberView view : views) {
            if (!view.isGiven()) {
                continue;
            }
            s.append("\n— ").append(view.getMembershipNumber()).append(" · ").append(texts.label(view.getField(), "sl"))
                    .append(" · ").append(TIME.format(view.getGivenAt())).append('\n').append(view.getText()).append('\n');
            if (!view.getFiles().isEmpty()) {
                s.append(texts.both("advocacy.task.files")).append(": ")
                        .append(String.join(", ", view.getFiles().stream().map(ViewFile::getFilename).toList())).append('\n');
            }
        }
        return TaskText.head(s.toString().strip());
    }

    private void line(StringBuilder s, String key, String value) {
        if (value != null && !value.isBlank()) {
            s.append(texts.both(key)).append(": ").append(value).append('\n');
        }
    }

    static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }
}
