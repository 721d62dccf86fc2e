package fi.avustus.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A work package with its schedule; months are stored as their first day. An immutable value
 * (a class, not a record, so that Envers can rebuild it).
 */
@Embeddable
public class Activity {

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "description", length = 4000)
    private String description;

    @Column(name = "start_month")
    private LocalDate startMonth;

    @Column(name = "end_month")
    private LocalDate endMonth;

    /** For JPA and Envers only. */
    protected Activity() {
    }

    public Activity(String title, String description, LocalDate startMonth, LocalDate endMonth) {
        this.title = title;
        this.description = description;
        this.startMonth = startMonth == null ? null : startMonth.withDayOfMonth(1);
        this.endMonth = endMonth == null ? null : endMonth.withDayOfMonth(1);
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public LocalDate startMonth() {
        return startMonth;
    }

    public LocalDate endMonth() {
        return endMonth;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Activity that && Objects.equals(title, that.title)
                && Objects.equals(description, that.description) && Objects.equals(startMonth, that.startMonth)
                && Objects.equals(endMonth, that.endMonth);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, description, startMonth, endMonth);
    }

    @Override
    public String toString() {
        return title + " " + startMonth + "–" + endMonth;
    }
}
