package si.asociacija.workflow.assembly.internal;

import org.springframework.stereotype.Component;

@Component
class MinutesPdf {
    byte[] render(Minutes minutes) {
        return ("%PDF-1.4 " + minutes.reference()).getBytes();
    }
}
