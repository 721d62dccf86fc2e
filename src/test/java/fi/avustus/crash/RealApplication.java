package fi.avustus.crash;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import fi.avustus.AvustusApplication;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The whole application with the demo data on AVUSTUS_DATA_DIR, as the scripts' drivers run it:
 * on a free port, with an SMTP server of its own so that the outbox is really being sent, and
 * quiet but for the drivers' own lines.
 */
final class RealApplication {

    private RealApplication() {
    }

    /** A started SMTP server for the application's e-mails. */
    static GreenMail mailServer() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    /**
     * Starts the application; {@code runner}, if given, is made from the context and runs as one of
     * its application runners (its order decides whether before the consistency command).
     */
    static ConfigurableApplicationContext run(GreenMail mail, Function<ApplicationContext, ApplicationRunner> runner,
                                              String... settings) {
        SpringApplication application = new SpringApplication(AvustusApplication.class);
        if (runner != null) {
            application.addInitializers(context -> ((GenericApplicationContext) context).registerBean(
                    ApplicationRunner.class, () -> runner.apply(context)));
        }
        try {
            return application.run(Stream.concat(Stream.of(
                    "--spring.profiles.active=demo",
                    "--server.port=0",
                    "--spring.mail.host=127.0.0.1",
                    "--spring.mail.port=" + mail.getSmtp().getPort(),
                    "--avustus.mail.poll-interval=PT2S",
                    "--logging.level.root=warn",
                    "--logging.level.fi.avustus.crash=info"), Stream.of(settings)).toArray(String[]::new));
        } catch (RuntimeException failedToStart) {
            // The mail server's threads would keep the JVM, and the script waiting, until its time-out.
            failedToStart.printStackTrace();
            System.exit(1);
            throw failedToStart;
        }
    }
}
