package si.asociacija.workflow.assembly.internal;

/** A share written as a fraction, e.g. {@code 2/3} in the configuration. */
record Share(int numerator, int denominator) {

    Share {
        if (numerator < 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("a share is n/d with 0 <= n <= d, d > 0");
        }
    }

    /** Spring binds {@code "2/3"} through this factory. */
    public static Share valueOf(String text) {
        String[] parts = text.trim().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a share is written n/d, e.g. 2/3: " + text);
        }
        return new Share(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
    }

    /** More than this share of {@code total}. */
    boolean exceededBy(long count, long total) {
        return count * denominator > total * numerator;
    }

    /** At least this share of {@code total}. */
    boolean reachedBy(long count, long total) {
        return count * denominator >= total * numerator;
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
