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
        return withMod11CheckDigit(6, 7) + "000";
    }

    /** A random davčna številka with a correct check digit. */
    public static String taxNumber() {
        return withMod11CheckDigit(7, 8);
    }

    /** Random digits (the first not 0) weighted from {@code firstWeight} down, and their mod-11 check digit. */
    private static String withMod11CheckDigit(int digits, int firstWeight) {
        while (true) {
            StringBuilder number = new StringBuilder();
            int sum = 0;
            for (int i = 0; i < digits; i++) {
                int digit = i == 0 ? 1 + ThreadLocalRandom.current().nextInt(9) : ThreadLocalRandom.current().nextInt(10);
                number.append(digit);
                sum += (firstWeight - i) * digit;
            }
            int check = 11 - sum % 11;
            if (check != 11) {
                return number.append(check == 10 ? 0 : check).toString();
            }
        }
    }
}
