package si.asociacija.workflow.assembly.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import si.asociacija.workflow.shared.ReferenceNumbers;
import si.asociacija.workflow.shared.Texts;

/** What the assembly's Tasklist forms show: attendance, the item at hand with its turnout, the minutes. */
@Component
class AssemblyTaskTexts {

    private final Texts texts;
    private final Registration registration;
    private final VoteRepository votes;
    private final AssemblyRepository assemblies;

    AssemblyTaskTexts(Texts texts, Registration registration, VoteRepository votes, AssemblyRepository assemblies) {
        this.assemblies = assemblies;
        this.texts = texts;
        this.registration = registration;
        this.votes = votes;
    }

    /** The attendance at the assembly {@code reference} now (empty when there is no such assembly). */
    @Transactional(readOnly = true)
    public String registration(String reference) {
        return assemblies.findByReference(reference).map(this::registration).orElse("");
    }

    String registration(Assembly a) {
        Registration.Count count = registration.count(a);
        String text = a.getReference() + " — " + a.getTitle() + "\n"
                + texts.both("assembly.task.attendance", count.entitled(), count.present(), count.represented());
        if (a.getPostponedUntil() != null) {
            text += "\n" + texts.both("assembly.task.postponed",
                    AssemblyView.TIME.format(a.getPostponedUntil().atZone(ReferenceNumbers.ZONE)));
        }
        return text;
    }

    String item(Assembly a, int number) {
        AgendaItem item = Voting.item(a, number);
        String text = a.getReference() + " — " + number + ". " + item.getTitle() + "\n"
                + texts.both("assembly.kind." + item.getKind().name());
        if (item.isVoted()) {
            text += ", " + texts.both("assembly.ballot." + item.getBallot().name());
        }
        if (item.getDescription() != null) {
            text += "\n\n" + item.getDescription();
        }
        return text;
    }

    /** Item {@code number} and how many of those who can vote have voted on it (empty for an item without a vote). */
    @Transactional(readOnly = true)
    public String turnout(String reference, int number) {
        return assemblies.findByReference(reference).map(a -> {
            AgendaItem item = Voting.item(a, number);
            return item.isVoted() ? number + ". " + turnout(a, item) : "";
        }).orElse("");
    }

    /** How many of those who can vote have voted on the open item. */
    String turnout(Assembly a, AgendaItem item) {
        return texts.both("assembly.task.turnout", votes.countByItemId(item.getId()), registration.count(a).votes());
    }

    String minutes(Assembly a) {
        StringBuilder s = new StringBuilder(a.getReference() + " — " + a.getTitle() + "\n");
        for (AgendaItem item : a.getItems()) {
            s.append(item.getNumber()).append(". ").append(item.getTitle());
            if (item.getOutcome() != null) {
                s.append(": ").append(texts.both("assembly.outcome." + item.getOutcome().name()));
                if (!item.getElected().isEmpty()) {
                    s.append(" (").append(String.join(", ", item.getElected())).append(')');
                }
                if (Boolean.TRUE.equals(item.getTie())) {
                    s.append(" — ").append(texts.both("assembly.task.tie"));
                }
            }
            s.append('\n');
        }
        return s.toString();
    }
}
