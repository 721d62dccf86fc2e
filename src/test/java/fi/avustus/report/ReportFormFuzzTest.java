package fi.avustus.report;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationContext;
import fi.avustus.IntegrationTest;
import fi.avustus.report.internal.ReportRules;
import fi.avustus.review.ReviewFixtures;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.FormFuzz;
import fi.avustus.shared.HostileInput;
import fi.avustus.shared.upload.AttachmentSummary;
import fi.avustus.shared.upload.UploadFixtures;
import fi.avustus.shared.upload.UploadRules;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The report form saved through the facade with hostile values, and attachments uploaded under
 * hostile names: a save keeps exactly what was typed and passes the draft rules when read back, or
 * is refused with translated messages and leaves the report as it was; a file is stored under its
 * sanitised name, or refused.
 */
@IntegrationTest
class ReportFormFuzzTest {

    private static Long reportId;

    @Autowired
    ApplicationContext context;
    @Autowired
    Reports reports;
    @Autowired
    UserDetailsService users;

    @Property(tries = 120)
    void aReportIsSavedAsTypedOrRefusedWithTranslatedMessagesAndNeverHalfSaved(@ForAll("contents") ReportContent typed) {
        long id = report();
        actAs(users, "hakija");
        try {
            ReportSummary before = reports.find(id).orElseThrow();
            try {
                reports.save(id, typed, before.version());
            } catch (DomainException refused) {
                FormFuzz.assertTranslated(refused);
                assertThat(comparable(reports.find(id).orElseThrow().content())).isEqualTo(comparable(before.content()));
                return;
            }
            ReportContent saved = reports.find(id).orElseThrow().content();
            assertThat(comparable(saved)).isEqualTo(comparable(typed));
            assertThat(ReportRules.forDraft(saved).hasViolations()).isFalse();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Property(tries = 60)
    void anAttachmentIsStoredUnderItsSanitisedNameOrRefused(@ForAll("fileNames") String fileName) {
        long id = report();
        actAs(users, "hakija");
        try {
            AttachmentSummary stored;
            try {
                stored = reports.uploadAttachment(id, fileName, new ByteArrayInputStream(UploadFixtures.pdf()));
            } catch (DomainException refused) {
                FormFuzz.assertTranslated(refused);
                return;
            }
            assertThat(stored.fileName()).isEqualTo(UploadRules.sanitiseName(fileName));
            assertThat(reports.attachments(id)).extracting(AttachmentSummary::fileName).contains(stored.fileName());
            reports.deleteAttachment(id, stored.id());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Provide
    Arbitrary<ReportContent> contents() {
        Arbitrary<ReportContent.ObjectiveProgress> objective = Combinators.combine(HostileInput.text(), HostileInput.text())
                .as(ReportContent.ObjectiveProgress::new);
        Arbitrary<ReportContent.IndicatorValue> indicator = Combinators.combine(HostileInput.text(), HostileInput.text(),
                HostileInput.amount(), HostileInput.amount()).as(ReportContent.IndicatorValue::new);
        Arbitrary<ReportContent.CostLine> cost = Combinators.combine(HostileInput.text(), HostileInput.integer(),
                HostileInput.text(), HostileInput.amount(), HostileInput.amount()).as(ReportContent.CostLine::new);
        return Combinators.combine(HostileInput.date(), HostileInput.date(), HostileInput.text().injectNull(0.1),
                objective.list().ofMaxSize(2), indicator.list().ofMaxSize(2), cost.list().ofMaxSize(2)).as(ReportContent::new);
    }

    @Provide
    Arbitrary<String> fileNames() {
        return Arbitraries.oneOf(HostileInput.text().map(name -> name + ".pdf"),
                Arbitraries.of(HostileInput.PATHS).map(path -> path + "/raportti.pdf"), HostileInput.text());
    }

    /** The interim report every try saves into, made once. */
    private long report() {
        // jqwik makes an instance for each property: each needs its fields, the case is made once.
        if (reports == null) {
            IntegrationContext.inject(this);
        }
        synchronized (ReportFormFuzzTest.class) {
            if (reportId == null) {
                reportId = ReportFixtures.interimReportDue(context, new ReviewFixtures(context).call()).id();
                SecurityContextHolder.clearContext();
            }
            return reportId;
        }
    }

    /** The content with amounts compared by number, not by scale. */
    private static List<Object> comparable(ReportContent content) {
        return List.of(Objects.toString(content.periodStart()), Objects.toString(content.periodEnd()),
                Objects.toString(content.summary()), content.objectives(),
                content.indicators().stream().map(indicator -> List.of(Objects.toString(indicator.name()),
                        Objects.toString(indicator.unit()), number(indicator.target()), number(indicator.actual()))).toList(),
                content.costs().stream().map(line -> List.of(Objects.toString(line.category()), line.year(),
                        Objects.toString(line.description()), number(line.accepted()), number(line.spent()))).toList());
    }

    private static String number(BigDecimal amount) {
        return amount == null ? "null" : amount.stripTrailingZeros().toPlainString();
    }
}
