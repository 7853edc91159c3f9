package si.asociacija.workflow.advocacy.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import si.asociacija.workflow.advocacy.internal.ViewFileRepository.FileEntry;

/** Advocacy cases as the staff API shows them: a line of the list, or a case with its members' views. */
@Component
class AdvocacyCaseJson {

    static final String PATH = "/api/advocacy-cases";

    private final AdvocacySettings settings;

    AdvocacyCaseJson(AdvocacySettings settings) {
        this.settings = settings;
    }

    /**
     * @param daysGiven calendar days from the consultation's opening to its deadline, null when either is unknown
     * @param shortConsultation fewer days than the rules ask for ({@code asociacija.advocacy.minimum-consultation-days})
     */
    record Line(String reference, String title, String source, String status, String proposer, String link,
                LocalDate consultationOpenedOn, LocalDate consultationDeadline, Integer daysGiven, boolean shortConsultation,
                LocalDate responseDeadline, Instant viewsUntil, String lead, boolean escalated, Instant submittedAt,
                String outcome) {
    }

    record Detail(@JsonUnwrapped Line line, String stage, String summary, String consultationAddress, Instant openedAt,
                  Instant closedAt, String triageReason, List<String> fields, String positionText, String resolutionNumber,
                  String submittedVia, String submissionMessageId, String submissionReceipt, String outcomeReason,
                  String finalTextLink, List<View> views) {
    }

    record View(String membershipNumber, String name, String field, Instant givenAt, String text, List<File> files) {
    }

    record File(String name, long size, String href) {
    }

    boolean isShort(AdvocacyCase c) {
        return c.daysGiven() != null && c.daysGiven() < settings.minimumConsultationDays();
    }

    Line line(AdvocacyCase c) {
        return new Line(c.getReference(), c.getTitle(), c.getSource(), c.getStatus().name(), c.getProposer(), c.getLink(),
                c.getConsultationOpenedOn(), c.getConsultationDeadline(), c.daysGiven(), isShort(c), c.getResponseDeadline(),
                c.getViewsUntil(), c.getLead(), c.isEscalated(), c.getSubmittedAt(),
                c.getOutcome() == null ? null : c.getOutcome().name());
    }

    /** With the files of the views, listed without their content. */
    Detail detail(AdvocacyCase c, List<MemberView> views, List<FileEntry> files) {
        Map<Long, List<FileEntry>> byView = files.stream().collect(Collectors.groupingBy(FileEntry::getViewId));
        return new Detail(line(c), c.getStage(), c.getSummary(), c.getConsultationAddress(), c.getOpenedAt(), c.getClosedAt(),
                c.getTriageReason(), c.fieldSet().stream().map(Enum::name).toList(), c.getPositionText(),
                c.getResolutionNumber(), c.getSubmittedVia() == null ? null : c.getSubmittedVia().name(),
                c.getSubmissionMessageId(), c.getSubmissionReceipt(), c.getOutcomeReason(), c.getFinalTextLink(),
                views.stream().map(v -> view(c, v, byView.getOrDefault(v.getId(), List.of()))).toList());
    }

    private static View view(AdvocacyCase c, MemberView v, List<FileEntry> files) {
        return new View(v.getMembershipNumber(), v.getName(), v.getField().name(), v.getGivenAt(), v.getText(),
                files.stream().map(f -> new File(f.getName(), f.getSize(),
                        PATH + "/" + c.getReference() + "/views/" + v.getId() + "/files/" + f.getId())).toList());
    }
}
