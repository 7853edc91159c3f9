package si.asociacija.workflow.registry.internal.vies;

import java.io.IOException;
import java.io.InterruptedIOException;

import org.apache.camel.util.ObjectHelper;

/** VIES answered "try later" (or with a server error): another attempt may succeed. */
class ViesUnavailable extends RuntimeException {

    ViesUnavailable(String reason) {
        super(reason, null, false, false);
    }

    /** Why a check has no answer, from the failure of its last attempt (none: the circuit was open). */
    static String reasonFor(Throwable failure) {
        if (failure == null) {
            return VatCheck.CIRCUIT_OPEN;
        }
        ViesUnavailable unavailable = ObjectHelper.getException(ViesUnavailable.class, failure);
        if (unavailable != null) {
            return unavailable.getMessage();
        }
        if (ObjectHelper.getException(InterruptedIOException.class, failure) != null) {
            return VatCheck.TIMEOUT;
        }
        if (ObjectHelper.getException(IOException.class, failure) != null) {
            return VatCheck.CONNECTION_ERROR;
        }
        return failure.getClass().getSimpleName();
    }
}
