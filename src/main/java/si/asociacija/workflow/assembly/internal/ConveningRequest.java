package si.asociacija.workflow.assembly.internal;

import java.lang.annotation.Annotation;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import si.asociacija.workflow.shared.MaxLength;
import si.asociacija.workflow.shared.MultiLine;
import si.asociacija.workflow.shared.OneOf;
import si.asociacija.workflow.shared.Required;
import si.asociacija.workflow.shared.SingleLine;

/** What staff give to convene an assembly ({@code POST /api/assemblies}); {@code startsAt} is Ljubljana time. */
record ConveningRequest(
        @SingleLine @Required @MaxLength(200) String title,
        @NotNull(message = "is required (YYYY-MM-DDTHH:MM, Ljubljana time)") LocalDateTime startsAt,
        @SingleLine @Required @MaxLength(300) String place,
        @NotNull(message = "is required (true or false)") Boolean remoteVoting,
        @NotEmpty(message = "needs at least one item") @Size(max = 50, message = "has at most 50 items")
        List<@Valid @NotNull(message = "is required") Item> items) {

    /** One agenda item. Elections are always secret; they name the seats and the candidates. */
    record Item(
            @SingleLine @Required @MaxLength(300) String title,
            @MultiLine @MaxLength(4000) String description,
            @Required(message = "is required (INFORMATION, RESOLUTION, STATUTE_CHANGE or ELECTION)")
            @OneOf(value = AgendaItem.Kind.class, message = "must be INFORMATION, RESOLUTION, STATUTE_CHANGE or ELECTION")
            String kind,
            @OneOf(value = AgendaItem.Ballot.class, message = "must be NAMED or SECRET") String ballot,
            @Positive(message = "must be at least 1") Integer seats,
            @Size(max = 50, message = "has at most 50 candidates")
            List<@SingleLine @Required @MaxLength(200) String> candidates) {
    }

    static final List<Class<? extends Annotation>> PRECEDENCE = List.of(NotNull.class, SingleLine.class, MultiLine.class,
            Required.class, MaxLength.class);
}
