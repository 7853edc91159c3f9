package si.asociacija.workflow.counselling.internal.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import si.asociacija.workflow.counselling.internal.AssistanceCase;
import si.asociacija.workflow.counselling.internal.AssistanceCaseRepository;
import si.asociacija.workflow.counselling.internal.CaseIntake;
import si.asociacija.workflow.counselling.internal.CaseMessage;
import si.asociacija.workflow.counselling.internal.CaseState;
import si.asociacija.workflow.portal.CaseStatus;
import si.asociacija.workflow.portal.CaseStatusSource;
import si.asociacija.workflow.shared.ConflictException;
import si.asociacija.workflow.shared.InvalidInputException;
import si.asociacija.workflow.shared.NotFoundException;
import si.asociacija.workflow.shared.Texts;

/** What a client sees of their case: the exchange with us and the state; never internal notes. */
@Component
public class CaseStatusPage implements CaseStatusSource {

    private final AssistanceCaseRepository repository;
    private final CaseIntake cases;
    private final Texts texts;

    CaseStatusPage(AssistanceCaseRepository repository, CaseIntake cases, Texts texts) {
        this.repository = repository;
        this.cases = cases;
        this.texts = texts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseStatus> findByToken(String token) {
        return repository.findByStatusToken(token).map(c -> {
            String language = c.getLanguage();
            List<CaseStatus.Step> history = new ArrayList<>();
            for (CaseMessage m : c.getMessages()) {
                if (m.getKind() == CaseMessage.Kind.NOTE) {
                    continue;
                }
                if (m.getKind() == CaseMessage.Kind.STATE) {
                    CaseState state = CaseState.valueOf(m.getBody());
                    history.add(new CaseStatus.Step(m.getOccurredAt(), state.name(), texts.label(state, language), null));
                    continue;
                }
                boolean fromClient = m.getKind() == CaseMessage.Kind.IN;
                history.add(new CaseStatus.Step(m.getOccurredAt(), m.getKind().name(),
                        texts.text(fromClient ? "counselling.status.yourMessage" : "counselling.status.ourAnswer", language),
                        m.getBody()));
            }
            boolean canReply = cases.processInstance(c.getReference()) != null; // open, or closed within the reopen window
            return new CaseStatus(c.getReference(), texts.text("counselling.status.title", language),
                    c.getStatus().name(), texts.label(c.getStatus(), language), language, history,
                    c.getStatus() == CaseState.WAITING_FOR_CLIENT ? texts.text("counselling.status.pleaseReply", language) : null,
                    canReply, c.isClosed() && c.getRating() == null, c.getRating());
        });
    }

    @Override
    @Transactional
    public void answer(String token, String text) {
        AssistanceCase c = repository.findByStatusToken(token).orElseThrow(NotFoundException::new);
        if (text == null || text.isBlank() || text.length() > 20000) {
            throw InvalidInputException.of("answer", "is required (at most 20000 characters)");
        }
        if (!cases.addClientMessage(c, new CaseMessage(CaseMessage.Kind.IN, c.getEmail(), null, text.trim(), null, Instant.now()))) {
            throw new ConflictException("This case is closed; please write to us again to open a new one.");
        }
    }

    @Override
    @Transactional
    public void rate(String token, int stars) {
        AssistanceCase c = repository.findByStatusToken(token).orElseThrow(NotFoundException::new);
        if (stars < 1 || stars > 5) {
            throw InvalidInputException.of("rating", "must be 1 to 5");
        }
        if (!c.isClosed()) {
            throw new ConflictException("A case can be rated once it is closed.");
        }
        if (c.getRating() != null) {
            throw new ConflictException("This case has already been rated; thank you.");
        }
        c.rate(stars);
    }
}
