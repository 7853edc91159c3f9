package si.asociacija.workflow.membership.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.commons.validator.routines.EmailValidator;

import si.asociacija.workflow.registry.SlovenianIdentifiers;
import si.asociacija.workflow.shared.TextRules;

/** A membership application as the applicant (or staff typing in a paper one) gives it. */
record ApplicationForm(String type, String name, String email, String phone, String address,
                       String registrationNumber, String taxNumber, String field, String motivation,
                       String language, Boolean consent) {

    static final Set<String> LANGUAGES = Set.of("sl", "en");

    String languageOrDefault() {
        return language == null || language.isBlank() ? "sl" : language.trim();
    }

    /** Every broken rule, by field; empty when the application can be accepted. */
    Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> singleLine = new LinkedHashMap<>();
        singleLine.put("type", type);
        singleLine.put("name", name);
        singleLine.put("email", email);
        singleLine.put("phone", phone);
        singleLine.put("address", address);
        singleLine.put("registrationNumber", registrationNumber);
        singleLine.put("taxNumber", taxNumber);
        singleLine.put("field", field);
        singleLine.put("language", language);
        singleLine.forEach((field, value) -> TextRules.checkSingleLine(errors, field, value));
        TextRules.checkMultiLine(errors, "motivation", motivation);
        if (blank(type)) {
            errors.put("type", "is required (ORGANISATION or INDIVIDUAL)");
        } else if (!isEnum(ApplicantType.class, type)) {
            errors.put("type", "must be ORGANISATION or INDIVIDUAL");
        }
        boolean organisation = "ORGANISATION".equals(type);
        required(errors, "name", name, 200);
        if (required(errors, "email", email, 200) && !EmailValidator.getInstance().isValid(email.trim())) {
            errors.put("email", "is not a valid email address");
        }
        // no phone: absent or plain spaces; anything else must look like a phone number
        if (phone != null && !phone.isBlank() && !errors.containsKey("phone")
                && (phone.length() > 50 || !phone.matches("[0-9+()/ .-]+"))) {
            errors.put("phone", "may contain only digits, spaces and + ( ) / . -");
        }
        required(errors, "address", address, 300);
        if (blank(registrationNumber)) {
            if (organisation) {
                errors.put("registrationNumber", "is required for organisations");
            }
        } else if (!SlovenianIdentifiers.isValidRegistrationNumber(registrationNumber)) {
            errors.put("registrationNumber", "is not a valid matična številka (7 or 10 digits with a correct check digit)");
        }
        if (blank(taxNumber)) {
            if (organisation) {
                errors.put("taxNumber", "is required for organisations");
            }
        } else if (!SlovenianIdentifiers.isValidTaxNumber(taxNumber)) {
            errors.put("taxNumber", "is not a valid davčna številka (8 digits with a correct check digit)");
        }
        if (blank(field)) {
            errors.put("field", "is required");
        } else if (!isEnum(FieldOfWork.class, field)) {
            errors.put("field", "must be one of " + Arrays.toString(FieldOfWork.values()));
        }
        required(errors, "motivation", motivation, 4000);
        if (!LANGUAGES.contains(languageOrDefault())) {
            errors.put("language", "must be sl or en");
        }
        if (!Boolean.TRUE.equals(consent)) {
            errors.put("consent", "must be true: we need your consent to process the application");
        }
        return errors;
    }

    private static boolean required(Map<String, String> errors, String field, String value, int max) {
        if (errors.containsKey(field)) {
            return false;
        }
        if (blank(value)) {
            errors.put(field, "is required");
            return false;
        }
        if (value.trim().length() > max) {
            errors.put(field, "is longer than " + max + " characters");
            return false;
        }
        return true;
    }

    private static boolean blank(String value) {
        return TextRules.isBlank(value);
    }

    private static <E extends Enum<E>> boolean isEnum(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equals(value));
    }
}
