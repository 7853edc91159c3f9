package si.asociacija.workflow.assembly.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import si.asociacija.workflow.shared.NotFoundException;
import si.asociacija.workflow.shared.ReferenceNumbers;
import si.asociacija.workflow.shared.Texts;

/** A member's personal link {@code /assembly/<token>}: the assembly, its agenda and their voting rights; any other token is a 404. */
@Controller
@RequestMapping("/assembly/{token}")
class AssemblyLinkController {

    private static final List<String> PAGE_TEXTS = List.of("when", "where", "remote", "inPerson", "agenda", "votingRights",
            "secret", "named", "proxyGiven", "proxiesHeld", "checkIn", "checkedIn", "ballot", "voteFor", "vote", "choice.FOR",
            "choice.AGAINST", "choice.ABSTAIN", "receipt", "voted", "noBallot", "minutes", "refused");

    private final ConvocationRepository convocations;
    private final Proxies proxies;
    private final Registration registration;
    private final Ballots ballots;
    private final MemberBallot memberBallot;
    private final AssemblyMinutes minutes;
    private final Texts texts;

    AssemblyLinkController(ConvocationRepository convocations, Proxies proxies, Registration registration, Ballots ballots,
                           MemberBallot memberBallot, AssemblyMinutes minutes, Texts texts) {
        this.convocations = convocations;
        this.proxies = proxies;
        this.registration = registration;
        this.ballots = ballots;
        this.memberBallot = memberBallot;
        this.minutes = minutes;
        this.texts = texts;
    }

    record Counted(int item, boolean counted) {
    }

    /** A member voting remotely checks in (from the start of the assembly); a proxy they gave lapses. */
    @PostMapping(path = "/check-in", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @Transactional
    AssemblyView.Member checkIn(@PathVariable String token) {
        return view(registration.checkInRemotely(token));
    }

    /** A vote on the open item: {@code {"choice"}} or {@code {"candidates"}}, and {@code "for"} when voting by proxy. */
    @PostMapping(path = "/items/{number}/vote", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @Transactional
    Ballots.Receipt vote(@PathVariable String token, @PathVariable int number, @RequestBody VoteRequest vote) {
        return ballots.vote(token, number, vote.cast());
    }

    /** Whether the secret ballot with this receipt was counted; it says nothing of the choice. */
    @GetMapping(path = "/items/{number}/receipts/{receipt}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @Transactional(readOnly = true)
    Counted receipt(@PathVariable String token, @PathVariable int number, @PathVariable String receipt) {
        return new Counted(number, ballots.counted(token, number, receipt));
    }

    /** The confirmed minutes (PDF). */
    @GetMapping(path = "/minutes", produces = MediaType.APPLICATION_PDF_VALUE)
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> minutes(@PathVariable String token) {
        Assembly assembly = convocation(token).getAssembly();
        return AssemblyController.pdf(assembly, minutes.document(assembly, true));
    }

    record ProxyRequest(String holder) {
    }

    /** Authorises another member, by membership number, to vote for this one (until the assembly opens). */
    @PostMapping(path = "/proxy", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @Transactional
    AssemblyView.Member giveProxy(@PathVariable String token, @RequestBody ProxyRequest request) {
        return view(proxies.give(token, request.holder()));
    }

    @DeleteMapping(path = "/proxy", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @Transactional
    AssemblyView.Member revokeProxy(@PathVariable String token) {
        return view(proxies.revoke(token));
    }

    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
    @Transactional(readOnly = true)
    String page(@PathVariable String token, Model model) {
        Convocation convocation = convocation(token);
        AssemblyView.Member member = view(convocation);
        Map<String, String> text = new HashMap<>();
        PAGE_TEXTS.forEach(key -> text.put(key, texts.text("assembly.page." + key, convocation.getLanguage())));
        model.addAttribute("m", member);
        model.addAttribute("language", convocation.getLanguage());
        model.addAttribute("text", text);
        if (member.ballot() != null && member.ballot().seats() != null) {
            text.put("seats", texts.text("assembly.page.seats", convocation.getLanguage(), member.ballot().seats()));
        }
        model.addAttribute("minutesUrl", "/assembly/" + token + "/minutes");
        model.addAttribute("startsAt", AssemblyView.TIME.format(
                member.assembly().startsAt().atZone(ReferenceNumbers.ZONE)));
        return "assembly/member";
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @Transactional(readOnly = true)
    AssemblyView.Member json(@PathVariable String token) {
        return find(token);
    }

    private AssemblyView.Member find(String token) {
        return view(convocation(token));
    }

    private Convocation convocation(String token) {
        return convocations.findByToken(token).orElseThrow(NotFoundException::new);
    }

    private AssemblyView.Member view(Convocation convocation) {
        Assembly assembly = convocation.getAssembly();
        return new AssemblyView.Member(AssemblyView.of(assembly), convocation.getMembershipNumber(), true,
                convocation.getProxyHolder(), proxies.heldBy(convocation),
                convocation.getAttendance() == null ? null : convocation.getAttendance().name(),
                memberBallot.of(convocation), assembly.getState() == Assembly.State.CLOSED);
    }
}
