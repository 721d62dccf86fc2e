package fi.avustus.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The database cannot be reached: a 503 that tells the caller to try again, since nothing was
 * written (every change is one transaction) and the connection pool reconnects by itself once the
 * database is back.
 */
final class DatabaseOutage {

    static final String RETRY_AFTER_SECONDS = "30";

    private DatabaseOutage() {
    }

    static ResponseEntity<Problem> problem(Problems problems, HttpServletRequest request) {
        ResponseEntity<Problem> problem = problems.of(request, HttpStatus.SERVICE_UNAVAILABLE, "error.databaseUnavailable");
        return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).body(problem.getBody());
    }
}
