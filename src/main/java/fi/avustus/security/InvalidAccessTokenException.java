package fi.avustus.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A request to the REST API carried a bearer token that lets no one in: not a token's form,
 * unknown, expired, revoked, or its owner can no longer log in. The API answers it as a 401
 * that names the token, without saying which of these it was.
 */
public class InvalidAccessTokenException extends AuthenticationException {

    public InvalidAccessTokenException(String reason) {
        super(reason);
    }
}
