package fi.avustus.security;

/**
 * A token just created, with its secret: the only time the secret is known, since only its hash
 * is stored. Shown to the owner once and then forgotten.
 */
public record CreatedAccessToken(AccessTokenSummary token, String secret) {

    /** Never the secret itself, should the record end up in a log. */
    @Override
    public String toString() {
        return "CreatedAccessToken[" + token + "]";
    }
}
