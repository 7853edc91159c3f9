package si.asociacija.workflow.registry.internal;

import java.util.ArrayList;
import java.util.List;

/** A record of a register table as read back: its identifiers and a one-line text for people. */
record RegisterRecord(String registrationNumber, String taxNumber, String text) {

    private static final int MAX_TEXT = 2000;

    static RegisterRecord of(RegisterTable table, Object[] values) {
        List<String> parts = new ArrayList<>();
        String registrationNumber = null;
        String taxNumber = null;
        for (int i = 0; i < values.length; i++) {
            String column = table.columns().get(i);
            Object value = values[i];
            if (column.equals("registration_number")) {
                registrationNumber = (String) value;
            } else if (column.equals("tax_number")) {
                taxNumber = (String) value;
            }
            if (value != null && !column.equals("list")) {
                parts.add(column + ": " + value);
            }
        }
        String text = String.join("; ", parts);
        return new RegisterRecord(registrationNumber, taxNumber, text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT));
    }
}
