package si.asociacija.workflow;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Fresh, valid data for each test, so tests never collide (also on a database that outlives a run). */
public final class TestData {

    private TestData() {
    }

    public static String email(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.si";
    }

    /** A random matična številka with a correct check digit, with unit 000. */
    public static String registrationNumber() {
        while (true) {
            int[] d = new int[6];
            d[0] = 1 + ThreadLocalRandom.current().nextInt(9);
            int sum = 7 * d[0];
            for (int i = 1; i < 6; i++) {
                d[i] = ThreadLocalRandom.current().nextInt(10);
                sum += (7 - i) * d[i];
            }
            int r = 11 - sum % 11;
            if (r == 11) {
                continue;
            }
            StringBuilder s = new StringBuilder();
            for (int digit : d) {
                s.append(digit);
            }
            return s.append(r == 10 ? 0 : r).append("000").toString();
        }
    }

    /** A random davčna številka with a correct check digit. */
    public static String taxNumber() {
        while (true) {
            int[] d = new int[7];
            d[0] = 1 + ThreadLocalRandom.current().nextInt(9);
            int sum = 8 * d[0];
            for (int i = 1; i < 7; i++) {
                d[i] = ThreadLocalRandom.current().nextInt(10);
                sum += (8 - i) * d[i];
            }
            int r = 11 - sum % 11;
            if (r == 11) {
                continue;
            }
            StringBuilder s = new StringBuilder();
            for (int digit : d) {
                s.append(digit);
            }
            return s.append(r == 10 ? 0 : r).toString();
        }
    }
}
