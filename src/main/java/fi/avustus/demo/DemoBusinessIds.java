package fi.avustus.demo;

import fi.avustus.shared.BusinessId;
import java.util.HashSet;
import java.util.Set;

/**
 * Valid but invented business IDs for demo organisations: derived from the organisation's key,
 * so every load gives the same ID, and starting with 9 so that they stand out from real ones.
 */
final class DemoBusinessIds {

    private final Set<String> issued = new HashSet<>();

    String forKey(String key) {
        int seed = Math.floorMod(key.hashCode(), 1_000_000);
        while (true) {
            String digits = "9" + String.format("%06d", seed);
            Integer check = BusinessId.checkDigit(digits);
            String candidate = digits + "-" + check;
            if (check != null && issued.add(candidate)) {
                return candidate;
            }
            seed = (seed + 1) % 1_000_000;
        }
    }
}
