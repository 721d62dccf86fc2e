package fi.avustus.shared;

import java.util.regex.Pattern;

/**
 * A Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit computed with the
 * weights 7, 9, 10, 5, 8, 4, 2 modulo 11. A remainder of 1 is never issued, so such IDs are invalid.
 */
public record BusinessId(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{7}-\\d");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    public BusinessId {
        if (!isValid(value)) {
            throw new DomainException("businessId.invalid", value);
        }
    }

    public static BusinessId of(String value) {
        return new BusinessId(value == null ? null : value.strip());
    }

    public static boolean isValid(String value) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            return false;
        }
        Integer check = checkDigit(value.substring(0, 7));
        return check != null && check == value.charAt(8) - '0';
    }

    /** The check digit for seven leading digits, or null when no valid ID can start with them. */
    public static Integer checkDigit(String sevenDigits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (sevenDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        int remainder = sum % 11;
        if (remainder == 1) {
            return null;
        }
        return remainder == 0 ? 0 : 11 - remainder;
    }

    @Override
    public String toString() {
        return value;
    }
}
