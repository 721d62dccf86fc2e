package fi.avustus.benchmark;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * The SQL statements a piece of work sends, from the debug log lines of Hibernate
 * ({@code org.hibernate.SQL}) and of Spring's {@code JdbcTemplate}, switched on only while it
 * counts and kept off the console. A number that machine load does not blur: many statements
 * for one screen mean one query per row somewhere.
 */
final class StatementLog {

    private static final List<String> LOGGERS = List.of("org.hibernate.SQL", "org.springframework.jdbc.core.JdbcTemplate");

    private StatementLog() {
    }

    /** The statements in the order sent, as logged (Hibernate's SQL, or JdbcTemplate's "Executing ..." line). */
    static List<String> record(Supplier<?> work) {
        List<String> statements = Collections.synchronizedList(new ArrayList<>());
        AppenderBase<ILoggingEvent> counter = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                if (event.getLoggerName().equals(LOGGERS.get(0)) || event.getFormattedMessage().startsWith("Executing")) {
                    statements.add(event.getFormattedMessage().strip());
                }
            }
        };
        counter.start();
        List<Logger> loggers = LOGGERS.stream().map(name -> (Logger) LoggerFactory.getLogger(name)).toList();
        List<Level> levels = loggers.stream().map(Logger::getLevel).toList();
        List<Boolean> additive = loggers.stream().map(Logger::isAdditive).toList();
        loggers.forEach(logger -> {
            logger.addAppender(counter);
            logger.setAdditive(false);
            logger.setLevel(Level.DEBUG);
        });
        try {
            work.get();
        } finally {
            for (int index = 0; index < loggers.size(); index++) {
                loggers.get(index).setLevel(levels.get(index));
                loggers.get(index).setAdditive(additive.get(index));
                loggers.get(index).detachAppender(counter);
            }
            counter.stop();
        }
        return List.copyOf(statements);
    }
}
