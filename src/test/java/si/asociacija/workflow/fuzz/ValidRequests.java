package si.asociacija.workflow.fuzz;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import si.asociacija.workflow.TestData;

/** Valid requests to the public intakes, each with an address of its own: what the fuzz inputs are made from. */
final class ValidRequests {

    /** Marks this run's addresses. */
    static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    private static final AtomicInteger EMAILS = new AtomicInteger();

    private ValidRequests() {
    }

    static String freshEmail() {
        return "fuzz-" + RUN + "-" + EMAILS.incrementAndGet() + "@example.si";
    }

    static Map<String, Object> membership() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "ORGANISATION");
        m.put("name", "Zavod Fuzz Metelkova");
        m.put("email", freshEmail());
        m.put("phone", "+386 40 123 456");
        m.put("address", "Metelkova 6, 1000 Ljubljana");
        m.put("registrationNumber", TestData.registrationNumber());
        m.put("taxNumber", TestData.taxNumber());
        m.put("field", "MUSIC");
        m.put("motivation", "Organiziramo koncerte sodobne glasbe.");
        m.put("language", "sl");
        m.put("consent", Boolean.TRUE);
        return m;
    }

    static Map<String, Object> assistance() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "Luka Fuzz");
        m.put("email", freshEmail());
        m.put("topic", "TAXES");
        m.put("message", "Kako plačam akontacijo dohodnine?");
        m.put("language", "sl");
        m.put("consent", Boolean.TRUE);
        return m;
    }
}
