package fi.avustus.deadline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.deadline.Deadline;
import fi.avustus.deadline.DeadlineEntry;
import fi.avustus.deadline.DeadlineType;
import fi.avustus.security.Role;
import fi.avustus.shared.TranslatedName;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DeadlineFileTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    /** Shows a key with its arguments, so the test sees what was asked for. */
    private static String translate(String key, Object... args) {
        return args.length == 0 ? "<" + key + ">"
                : "<" + key + ":" + Arrays.stream(args).map(String::valueOf).collect(Collectors.joining(",")) + ">";
    }

    @Test
    void theCsvHasAHeaderAndOneLinePerDeadlineInTheViewersLanguage() {
        Deadline report = Deadline.of(DeadlineType.REPORT, "project:3:interim-report:1")
                .title("deadline.title.interimReport", 1).due(LocalDate.of(2026, 11, 20))
                .organisation(5L, Role.APPLICANT).route("applications/7").build(NOW);
        Deadline round = Deadline.of(DeadlineType.STEERING_GROUP_ROUND, "approval-round:4")
                .title("deadline.title.round", new TranslatedName("Ohjausryhmä", "Styrgrupp", null))
                .dueAt(Instant.parse("2026-12-01T14:00:00Z")).steeringGroup(8L).route("approvals/rounds").build(NOW);
        List<DeadlineEntry> entries = List.of(
                new DeadlineEntry(report, null, new TranslatedName("Haku", "Ansökan; 2026", null),
                        new TranslatedName("Gradia", "Gradia", null)),
                new DeadlineEntry(round, new TranslatedName("Ohjelma", "Program", null), null,
                        new TranslatedName("Ohjausryhmä", "Styrgrupp", null)));

        DeadlineTexts texts = new DeadlineTexts(Locale.forLanguageTag("sv"), DeadlineFileTest::translate);
        String csv = new String(DeadlineFile.csv(entries, texts, DeadlineFileTest::translate), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF");
        assertThat(csv.substring(1).split("\r\n")).containsExactly(
                "<deadline.column.due>;<deadline.column.type>;<deadline.column.title>;<deadline.column.call>;"
                        + "<deadline.column.owner>;<deadline.column.status>;<deadline.column.route>",
                "2026-11-20;<deadline.type.REPORT>;<deadline.title.interimReport:1>;\"Ansökan; 2026\";Gradia;"
                        + "<deadline.status.OVERDUE>;applications/7",
                "2026-12-01 16:00;<deadline.type.STEERING_GROUP_ROUND>;<deadline.title.round:Styrgrupp>;Program;Styrgrupp;"
                        + "<deadline.status.OPEN>;approvals/rounds");
    }

    @Test
    void aDeadlineOnlyARoleOwnsNamesTheRole() {
        Deadline claim = Deadline.of(DeadlineType.RECOVERY_CLAIM, "recovery:1").title("x").due(LocalDate.of(2026, 12, 24))
                .role(Role.ADMIN).build(NOW);
        DeadlineTexts texts = new DeadlineTexts(Locale.forLanguageTag("fi"), DeadlineFileTest::translate);
        assertThat(texts.owner(new DeadlineEntry(claim, null, null, null))).isEqualTo("<role.ADMIN>");
        assertThat(texts.due(claim)).isEqualTo("24.12.2026");
    }
}
