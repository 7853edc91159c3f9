package si.asociacija.workflow.advocacy.internal;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;


/** Staff close the members' views on a case now: {@code POST /api/advocacy-cases/{reference}/close-views}. */
@RestController
class ViewsCutOffController {

    private final ViewsCutOff cutOff;

    ViewsCutOffController(ViewsCutOff cutOff) {
        this.cutOff = cutOff;
    }

    @PostMapping("/api/advocacy-cases/{reference}/close-views")
    ResponseEntity<Void> closeViews(@PathVariable String reference) {
        cutOff.closeNow(reference);
        return ResponseEntity.noContent().build();
    }
}
