package fi.avustus.payment;

/**
 * Finnish domestic reference numbers (viitenumero): a base of 3–19 digits followed by a check
 * digit. The base's digits, from the right, are weighted 7, 3, 1, 7, 3, 1, …; the check digit is
 * what the weighted sum lacks from the next multiple of ten (0 when it is one already).
 */
public final class ReferenceNumber {

    private static final int[] WEIGHTS = {7, 3, 1};

    private ReferenceNumber() {
    }

    /** The reference number of an instalment: the project id and a two-digit sequence number, checked. */
    public static String of(long projectId, int sequence) {
        if (projectId < 1 || sequence < 1 || sequence > 99) {
            throw new IllegalArgumentException("project " + projectId + ", instalment " + sequence);
        }
        return withCheckDigit(projectId + String.format("%02d", sequence));
    }

    public static String withCheckDigit(String base) {
        if (!base.matches("\\d{3,19}")) {
            throw new IllegalArgumentException("reference base " + base);
        }
        return base + checkDigit(base);
    }

    /** Whether the text, spaces ignored (references are printed in groups of five), is a valid reference number. */
    public static boolean isValid(String reference) {
        String digits = reference == null ? "" : reference.replace(" ", "");
        return digits.matches("\\d{4,20}")
                && checkDigit(digits.substring(0, digits.length() - 1)) == digits.charAt(digits.length() - 1) - '0';
    }

    private static int checkDigit(String base) {
        int sum = 0;
        for (int i = 0; i < base.length(); i++) {
            sum += (base.charAt(base.length() - 1 - i) - '0') * WEIGHTS[i % WEIGHTS.length];
        }
        return (10 - sum % 10) % 10;
    }
}
