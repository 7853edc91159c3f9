package si.asociacija.workflow.assembly.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import si.asociacija.workflow.shared.ReferenceNumbers;

/** An assembly as staff and members read it: times in Ljubljana, the agenda in order. */
record AssemblyView(String reference, String title, LocalDateTime startsAt, String place, boolean remoteVoting,
                    String state, List<ItemView> items) {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d. M. yyyy 'ob' HH:mm").withZone(ReferenceNumbers.ZONE);

    record ItemView(int number, String title, String description, String kind, String ballot, Integer seats,
                    List<String> candidates) {
    }

    static AssemblyView of(Assembly a) {
        return new AssemblyView(a.getReference(), a.getTitle(), LocalDateTime.ofInstant(a.getStartsAt(), ReferenceNumbers.ZONE),
                a.getPlace(), a.isRemoteVoting(), a.getState().name(), a.getItems().stream()
                .map(i -> new ItemView(i.getNumber(), i.getTitle(), i.getDescription(), i.getKind().name(),
                        i.getBallot().name(), i.getSeats(), i.getCandidates()))
                .toList());
    }

    /** For staff: the assembly and how many members it convened ({@code entitled}). */
    record Staff(String reference, String title, LocalDateTime startsAt, String place, boolean remoteVoting, String state,
                 long entitled, List<ItemView> items) {

        static Staff of(Assembly a, long entitled) {
            AssemblyView v = AssemblyView.of(a);
            return new Staff(v.reference(), v.title(), v.startsAt(), v.place(), v.remoteVoting(), v.state(), entitled, v.items());
        }
    }

    /**
     * For the member on their link: the assembly, their own voting rights, whom they authorised
     * ({@code proxyGivenTo}) and whom they represent ({@code proxiesHeld}).
     */
    record Member(AssemblyView assembly, String membershipNumber, boolean votingRights, String proxyGivenTo,
                  List<String> proxiesHeld) {
    }
}
