package fi.avustus.report.process;

import fi.avustus.programme.Calls;
import fi.avustus.programme.ProgrammeSummary;
import fi.avustus.programme.Programmes;
import fi.avustus.project.Projects;
import fi.avustus.report.ReportSummary;
import fi.avustus.security.SystemUser;
import org.springframework.stereotype.Component;

/** A report's reminder and escalation days come from its project's programme. */
@Component
public class ReportingSchedules {

    private final Projects projects;
    private final Calls calls;
    private final Programmes programmes;

    ReportingSchedules(Projects projects, Calls calls, Programmes programmes) {
        this.projects = projects;
        this.calls = calls;
        this.programmes = programmes;
    }

    public ReportingSchedule of(ReportSummary report) {
        ProgrammeSummary programme = SystemUser.call(() -> {
            long callId = projects.find(report.projectId()).orElseThrow().callId();
            return programmes.find(calls.find(callId).orElseThrow().programmeId()).orElseThrow();
        });
        return new ReportingSchedule(report.dueDate(), programme.reminderDays(), programme.escalationDaysAfter());
    }
}
