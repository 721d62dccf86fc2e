package fi.avustus.cluster;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import fi.avustus.AvustusApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * One node of the application inside the test JVM: the whole application in its own Spring
 * context, with its own web server, process engine and running job executor, as a separate JVM
 * would have them. Command-line arguments, so that they win over the test profile, which turns
 * the job executor off for the shared test context.
 */
final class Node implements AutoCloseable {

    private final String name;
    private final ConfigurableApplicationContext context;

    private Node(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
    }

    /**
     * Starts a node named {@code name} (letters and digits: it is also the engine's name);
     * {@code settings} are further {@code key=value} properties.
     */
    static Node start(String name, String... settings) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.profiles.active=test,demo",
                "--server.port=0",
                "--camunda.bpm.job-execution.enabled=true",
                // Camunda's web apps keep their runtime in static fields: a node's would replace, and
                // outlive, those of any other context in the JVM. The nodes' web apps are not under test.
                "--camunda.bpm.webapp.enabled=false",
                // The engine's name keeps it apart from the shared test context's engine in Camunda's
                // JVM-wide registry; the host name is what the engine writes into its job log.
                "--camunda.bpm.process-engine-name=" + name,
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                // An idle job executor backs off to one look a minute by default; a second here, so
                // that both nodes see timers that fall due while they idle (see README, several nodes).
                "--camunda.bpm.job-execution.wait-time-in-millis=500",
                "--camunda.bpm.job-execution.max-wait=1000",
                "--spring.datasource.hikari.pool-name=" + name));
        for (String setting : settings) {
            arguments.add("--" + setting);
        }
        SecurityContextHolderStrategy holder = jvmWideSecurityContextHolder();
        return new Node(name, new SpringApplicationBuilder(AvustusApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("jvmWideSecurityContextHolder", holder))
                .run(arguments.toArray(String[]::new)));
    }

    /**
     * The one holder of the logged-in user for every context in this JVM, as each node has one in
     * its own JVM. Left to itself, Vaadin gives every context a holder of its own and makes the
     * last one JVM-wide: the earlier contexts' method security would then never see who the test,
     * or the node's own job executor, logged in.
     */
    private static SecurityContextHolderStrategy jvmWideSecurityContextHolder() {
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        if (!(holder instanceof VaadinAwareSecurityContextHolderStrategy)) {
            holder = new VaadinAwareSecurityContextHolderStrategy();
            SecurityContextHolder.setContextHolderStrategy(holder);
        }
        return holder;
    }

    String name() {
        return name;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
