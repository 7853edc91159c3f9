package si.asociacija.workflow.assembly.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import si.asociacija.workflow.shared.NotFoundException;

/**
 * Staff convene and run assemblies: convening, paper proxies, attendance, opening, voting on each item,
 * paper ballots and the minutes, all under {@code /api/assemblies}; {@code GET /api/assemblies/{reference}}
 * is the live view.
 */
@RestController
@Transactional
class AssemblyController {

    private final Assemblies service;
    private final Proxies proxies;
    private final Registration registration;
    private final AssemblyTasks tasks;
    private final Ballots ballots;
    private final Voting voting;
    private final AssemblyMinutes minutes;
    private final AssemblyRepository assemblies;

    AssemblyController(Assemblies service, Proxies proxies, Registration registration, AssemblyTasks tasks, Ballots ballots,
                       Voting voting, AssemblyMinutes minutes, AssemblyRepository assemblies) {
        this.service = service;
        this.proxies = proxies;
        this.registration = registration;
        this.tasks = tasks;
        this.ballots = ballots;
        this.voting = voting;
        this.minutes = minutes;
        this.assemblies = assemblies;
    }

    record PaperProxy(String giver, String holder) {
    }

    record Attendee(String member, String mode) {
    }

    /** A paper ballot: named {@code {"member", "choice"}}; secret {@code {"voted": [...], "counts": {...}}}. */
    record PaperBallots(String member, String choice, List<String> voted, Map<String, Integer> counts) {
    }

    @PostMapping(path = "/api/assemblies", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> convene(@RequestBody ConveningRequest request) {
        Assembly assembly = service.convene(request);
        return ResponseEntity.created(URI.create("/api/assemblies/" + assembly.getReference()))
                .body(Map.of("reference", assembly.getReference()));
    }

    @GetMapping("/api/assemblies/{reference}")
    AssemblyView.Staff live(@PathVariable String reference) {
        return view(assembly(reference));
    }

    /** Staff record a signed paper proxy: {@code {"giver": "M-...", "holder": "M-..."}}. */
    @PostMapping(path = "/api/assemblies/{reference}/proxies", consumes = MediaType.APPLICATION_JSON_VALUE)
    PaperProxy paperProxy(@PathVariable String reference, @RequestBody PaperProxy proxy) {
        Convocation giver = proxies.giveOnPaper(reference, proxy.giver(), proxy.holder());
        return new PaperProxy(giver.getMembershipNumber(), giver.getProxyHolder());
    }

    /** Staff check a member in: {@code {"member": "M-...", "mode": "IN_PERSON" | "REMOTE"}}. */
    @PostMapping(path = "/api/assemblies/{reference}/attendance", consumes = MediaType.APPLICATION_JSON_VALUE)
    AssemblyView.Staff attendance(@PathVariable String reference, @RequestBody Attendee attendee) {
        registration.checkIn(reference, attendee.member(), attendee.mode());
        return view(assembly(reference));
    }

    /** Closes the registration: {@code {"chair", "recorder", "verifiers": [two names]}}; the quorum is decided. */
    @PostMapping(path = "/api/assemblies/{reference}/open", consumes = MediaType.APPLICATION_JSON_VALUE)
    AssemblyView.Staff open(@PathVariable String reference, @RequestBody Opening.WorkingBodies bodies) {
        tasks.open(reference, bodies);
        return view(assembly(reference));
    }

    @PostMapping("/api/assemblies/{reference}/items/{number}/open")
    AssemblyView.Staff openItem(@PathVariable String reference, @PathVariable int number) {
        tasks.openItem(reference, number);
        return view(assembly(reference));
    }

    @PostMapping("/api/assemblies/{reference}/items/{number}/close")
    AssemblyView.Staff closeItem(@PathVariable String reference, @PathVariable int number) {
        tasks.closeItem(reference, number);
        return view(assembly(reference));
    }

    @PostMapping(path = "/api/assemblies/{reference}/items/{number}/paper-ballots", consumes = MediaType.APPLICATION_JSON_VALUE)
    AssemblyView.Staff paperBallots(@PathVariable String reference, @PathVariable int number, @RequestBody PaperBallots paper) {
        Assembly assembly = assembly(reference);
        if (paper.voted() != null || paper.counts() != null) {
            ballots.paperSecret(assembly, number, paper.voted(), paper.counts());
        } else {
            ballots.paperNamed(assembly, number, paper.member(), paper.choice());
        }
        return view(assembly);
    }

    @PostMapping("/api/assemblies/{reference}/minutes/confirm")
    AssemblyView.Staff confirmMinutes(@PathVariable String reference) {
        tasks.confirmMinutes(reference);
        return view(assembly(reference));
    }

    @GetMapping(path = "/api/assemblies/{reference}/minutes", produces = MediaType.APPLICATION_PDF_VALUE)
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> minutes(@PathVariable String reference) {
        Assembly assembly = assembly(reference);
        return pdf(assembly, minutes.document(assembly, false));
    }

    static ResponseEntity<byte[]> pdf(Assembly assembly, byte[] document) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + AssemblyMinutes.filename(assembly) + "\"")
                .body(document);
    }

    private AssemblyView.Staff view(Assembly assembly) {
        return AssemblyView.Staff.of(assembly, registration.count(assembly), item -> voting.namedVotes(item).stream()
                .map(v -> new AssemblyView.NamedVote(v.getMembershipNumber(), v.getChoice())).toList());
    }

    private Assembly assembly(String reference) {
        return assemblies.findByReference(reference).orElseThrow(NotFoundException::new);
    }
}
