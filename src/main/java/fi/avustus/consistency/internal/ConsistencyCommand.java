package fi.avustus.consistency.internal;

import fi.avustus.consistency.ConsistencyCheck;
import fi.avustus.consistency.ConsistencyReport;
import fi.avustus.consistency.RuleResult;
import fi.avustus.security.SystemUser;
import fi.avustus.shared.Time;
import fi.avustus.ui.ModularTranslations;
import java.io.PrintStream;
import java.util.Locale;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --avustus.consistency-check} (or AVUSTUS_CONSISTENCY_CHECK=true): once the application has
 * started on its database, runs the consistency check, prints the report and exits with status 0
 * if every rule holds, 1 if not; for scripts after a crash, a restore or a test run.
 */
@Component
@ConditionalOnProperty(ConsistencyCommand.PROPERTY)
class ConsistencyCommand implements ApplicationRunner {

    static final String PROPERTY = "avustus.consistency-check";
    static final int CLEAN = 0;
    static final int BROKEN = 1;
    private static final Locale LANGUAGE = Locale.ENGLISH;

    private final ConsistencyCheck check;
    private final ModularTranslations translations;
    private final ConfigurableApplicationContext context;

    ConsistencyCommand(ConsistencyCheck check, ModularTranslations translations, ConfigurableApplicationContext context) {
        this.check = check;
        this.translations = translations;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int status = print(SystemUser.call(check::run), System.out);
        System.exit(SpringApplication.exit(context, () -> status));
    }

    /** Writes the report, one line per rule, and returns the exit status it calls for. */
    int print(ConsistencyReport report, PrintStream out) {
        out.println(text("consistency.command.header", Time.format(report.checkedAt(), LANGUAGE)));
        for (RuleResult result : report.rules()) {
            out.printf("%8d  %s%n", result.violations(), text(result.rule().titleKey()));
            if (!result.holds()) {
                out.printf("          %s%n", text("consistency.examples", String.join(", ", result.examples())));
            }
        }
        out.println(report.clean() ? text("consistency.clean") : text("consistency.broken", report.violations()));
        out.flush();
        return report.clean() ? CLEAN : BROKEN;
    }

    private String text(String key, Object... arguments) {
        return translations.getTranslation(key, LANGUAGE, arguments);
    }
}
