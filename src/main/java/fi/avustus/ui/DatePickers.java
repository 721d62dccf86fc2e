package fi.avustus.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Date pickers that speak the interface language. Without this the calendar's month and weekday
 * names stay in English whatever the user chose; the names come from the JDK, which has them for
 * fi, sv and en. Applied when the picker is attached, so the language in force at that moment wins.
 * Dates are typed and shown the Finnish way (31.12.2025) in every language, as the dates in the
 * programmes' own documents are.
 */
public final class DatePickers {

    /** The picker lists weekdays from Sunday, whatever day it shows first. */
    private static final List<DayOfWeek> SUNDAY_FIRST = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    public static final Locale DATE_FORMAT = Locale.forLanguageTag("fi-FI");

    private DatePickers() {
    }

    public static <P extends DatePicker> P localised(P picker) {
        picker.setLocale(DATE_FORMAT);
        picker.addAttachListener(attached -> picker.setI18n(texts(attached.getUI())));
        return picker;
    }

    public static <P extends DateTimePicker> P localised(P picker) {
        picker.setLocale(DATE_FORMAT);
        picker.addAttachListener(attached -> picker.setDatePickerI18n(texts(attached.getUI())));
        return picker;
    }

    /** The texts in the interface's language; the picker's own locale is the date format's. */
    private static DatePicker.DatePickerI18n texts(UI ui) {
        Locale language = Languages.of(ui.getLocale());
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values())
                .map(month -> capitalised(month.getDisplayName(TextStyle.FULL_STANDALONE, language), language)).toList());
        i18n.setWeekdays(SUNDAY_FIRST.stream().map(day -> day.getDisplayName(TextStyle.FULL_STANDALONE, language)).toList());
        i18n.setWeekdaysShort(SUNDAY_FIRST.stream().map(day -> day.getDisplayName(TextStyle.SHORT_STANDALONE, language)).toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(ui.getTranslation("ui.picker.today"));
        i18n.setCancel(ui.getTranslation("ui.picker.cancel"));
        return i18n;
    }

    private static String capitalised(String name, Locale language) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }
}
