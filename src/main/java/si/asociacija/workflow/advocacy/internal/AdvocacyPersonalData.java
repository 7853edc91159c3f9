package si.asociacija.workflow.advocacy.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import si.asociacija.workflow.privacy.Erasure;
import si.asociacija.workflow.privacy.PersonalData;
import si.asociacija.workflow.privacy.PersonalDataExport;
import si.asociacija.workflow.shared.Tokens;

/**
 * A member's views on advocacy cases: exported with their files; anonymised on request (name, address,
 * text and files go, the link stops working; the field and the time stay, so the case's counts hold).
 */
@Component
class AdvocacyPersonalData implements PersonalData {

    static final String VIEWS = "advocacy/views";

    record ViewExport(String caseReference, String title, String membershipNumber, String name, String email, String field,
                      Instant givenAt, String text, List<String> files) {
    }

    private final MemberViewRepository views;

    AdvocacyPersonalData(MemberViewRepository views) {
        this.views = views;
    }

    @Override
    @Transactional(readOnly = true)
    public void export(String email, PersonalDataExport export) {
        List<ViewExport> exported = new ArrayList<>();
        for (MemberView view : views.findByEmailIgnoreCase(email)) {
            String reference = view.getAdvocacyCase().getReference();
            List<String> files = new ArrayList<>();
            for (ViewFile file : view.getFiles()) {
                String path = "advocacy/" + reference + "/files/" + file.getId() + "-" + file.getFilename();
                export.file(path, file.getContentType(), file.getContent());
                files.add(path);
            }
            exported.add(new ViewExport(reference, view.getAdvocacyCase().getTitle(), view.getMembershipNumber(), view.getName(),
                    view.getEmail(), view.getField().name(), view.getGivenAt(), view.getText(), files));
        }
        export.document("advocacy/views.json", exported);
    }

    @Override
    @Transactional
    public void erase(String email, Erasure erasure) {
        for (MemberView view : views.findByEmailIgnoreCase(email)) {
            view.anonymise(Tokens.newToken());
            erasure.anonymised(VIEWS, view.getAdvocacyCase().getReference() + "/" + view.getMembershipNumber(), false);
        }
    }
}
