package fi.avustus.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Requests the server refuses before the application sees them, such as a path with an encoded
 * NUL character: Tomcat answers those with its own HTML error page. Under /api the answer is a
 * problem document like every other refusal of the API; elsewhere Tomcat's page stays.
 */
@Component
class ServerRefusals implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

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

    private boolean write(Request request, Response response) throws IOException {
        String path = request.getRequestURI();
        HttpStatus status = HttpStatus.resolve(response.getStatus());
        if (path == null || !path.startsWith("/api/") || status == null) {
            return false;
        }
        ResponseEntity<Problem> problem = problems.of(request, status, "api.detail.refused", status.value());
        response.resetBuffer();
        response.setContentType(Problems.PROBLEM_JSON.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(problem.getBody()));
        response.finishResponse();
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
                    if (refusals.write(request, response)) {
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
