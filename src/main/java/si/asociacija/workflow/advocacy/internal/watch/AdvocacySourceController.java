package si.asociacija.workflow.advocacy.internal.watch;

import org.apache.camel.ProducerTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import si.asociacija.workflow.shared.NotFoundException;

/**
 * Staff: poll a watched source now, whatever its schedule, and see what it found (items read, matching, the
 * cases opened, or why it could not be read). The source is the configured one of that name; none: 404.
 */
@RestController
@RequestMapping("/api/advocacy-sources")
class AdvocacySourceController {

    private final WatchSettings settings;
    private final ProducerTemplate camel;

    AdvocacySourceController(WatchSettings settings, ProducerTemplate camel) {
        this.settings = settings;
        this.camel = camel;
    }

    @PostMapping("/{name}/poll")
    PollReport poll(@PathVariable String name) {
        WatchedSource source = settings.source(name);
        if (source == null) {
            throw new NotFoundException();
        }
        return camel.requestBody(WatchRoutes.POLL, source, PollReport.class);
    }
}
