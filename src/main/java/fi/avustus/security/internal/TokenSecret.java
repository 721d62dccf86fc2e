package fi.avustus.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret of a personal access token: {@code avt_} and 32 random bytes in base64url, 47
 * characters. The prefix makes a leaked token recognisable (e.g. to secret scanners); its first
 * characters are kept to tell tokens apart; the database holds only the SHA-256 hash. A random
 * 256-bit secret needs no salt or slow hash: it cannot be guessed from its hash, and looking the
 * hash up leaves no timing difference between secrets that share a beginning.
 */
public record TokenSecret(String value) {

    public static final String PREFIX = "avt_";
    private static final int RANDOM_BYTES = 32;
    private static final int VISIBLE_CHARACTERS = 6;
    private static final Pattern FORMAT = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public static TokenSecret generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return new TokenSecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The secret if the text has a token's form; anything else is no token at all and is not looked up. */
    public static Optional<TokenSecret> parse(String text) {
        return text != null && FORMAT.matcher(text).matches() ? Optional.of(new TokenSecret(text)) : Optional.empty();
    }

    public String prefix() {
        return value.substring(0, PREFIX.length() + VISIBLE_CHARACTERS);
    }

    public String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Never the secret itself, should the record end up in a log. */
    @Override
    public String toString() {
        return prefix() + "…";
    }
}
