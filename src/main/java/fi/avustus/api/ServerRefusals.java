package fi.avustus.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Requests refused before the application sees them: Tomcat refuses a path with an encoded NUL
 * character with its own HTML page, and Spring Security's firewall an encoded semicolon, percent
 * sign, line break or the like, which Spring Boot's error page then answers in its own JSON. Under
 * /api the answer is a problem document like every other refusal of the API; elsewhere the
 * server's own answers stay.
 */
@Component
class ServerRefusals implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, RequestRejectedHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ServerRefusals.class);

    private final Problems problems;
    private final ObjectMapper json;

    ServerRefusals(Problems problems, ObjectMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            // Spring Boot's plain report valve (no server info, no report) would answer first; ours takes its place.
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            ProblemReportValve valve = new ProblemReportValve(this);
            valve.setShowServerInfo(false);
            valve.setShowReport(false);
            // The host adds a report valve of this class unless one is already in its pipeline.
            host.setErrorReportValveClass(ProblemReportValve.class.getName());
            host.getPipeline().addValve(valve);
        });
    }

    /** The firewall's refusal, picked up by Spring Security as the application's only such handler. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        LOG.debug("Request refused by the firewall: {}", rejected.getMessage());
        if (!write(request, response, HttpStatus.BAD_REQUEST)) {
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }

    /** Writes the problem if the request is the API's; says whether it was. */
    boolean write(HttpServletRequest request, HttpServletResponse response, HttpStatus status) throws IOException {
        String path = request.getRequestURI();
        if (path == null || !path.startsWith("/api/") || status == null) {
            return false;
        }
        ResponseEntity<Problem> problem = problems.of(request, status, "api.detail.refused", status.value());
        response.resetBuffer();
        response.setStatus(status.value());
        response.setContentType(Problems.PROBLEM_JSON.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(problem.getBody()));
        response.flushBuffer();
        return true;
    }

    /** Tomcat's report valve, which hands the API's refusals to {@link ServerRefusals}. */
    static final class ProblemReportValve extends ErrorReportValve {

        private final ServerRefusals refusals;

        ProblemReportValve(ServerRefusals refusals) {
            this.refusals = refusals;
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            if (response.getStatus() >= 400 && response.getContentWritten() == 0 && response.isError()) {
                try {
                    if (refusals.write(request, response.getResponse(), HttpStatus.resolve(response.getStatus()))) {
                        return;
                    }
                } catch (IOException | IllegalStateException unwritable) {
                    // Tomcat's own page is still a safe answer.
                }
            }
            super.report(request, response, throwable);
        }
    }
}
