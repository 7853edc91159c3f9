package si.asociacija.workflow.mail.internal;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import si.asociacija.workflow.mail.MailOutbox;
import si.asociacija.workflow.mail.OutboxEntry;

/** Staff see what mail is waiting or failed, and put a failed message back in the queue. */
@RestController
@RequestMapping("/api/mail/outbox")
class OutboxController {

    private final MailOutbox outbox;

    OutboxController(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    List<OutboxEntry> list(@RequestParam(defaultValue = "FAILED") String status,
                           @RequestParam(defaultValue = "100") int limit) {
        return outbox.withStatus(status, Math.max(1, Math.min(limit, 500)));
    }

    @PostMapping("/{id}/retry")
    ResponseEntity<Void> retry(@PathVariable long id) {
        outbox.retry(id);
        return ResponseEntity.accepted().build();
    }
}
