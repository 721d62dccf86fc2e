package fi.avustus.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import fi.avustus.ui.Languages;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The calendar's month and weekday names in the interface language (from the JDK, which has them
 * for fi, sv and en), so that the picker does not fall back to English.
 */
final class PickerTexts {

    private PickerTexts() {
    }

    static DatePicker.DatePickerI18n datePicker(Component host, Locale locale) {
        Locale language = Languages.of(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values())
                .map(month -> capitalised(month.getDisplayName(TextStyle.FULL_STANDALONE, language), language)).toList());
        // The picker's weeks start from Sunday in its lists, whatever the first day shown.
        List<DayOfWeek> sundayFirst = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        i18n.setWeekdays(sundayFirst.stream().map(day -> day.getDisplayName(TextStyle.FULL_STANDALONE, language)).toList());
        i18n.setWeekdaysShort(sundayFirst.stream().map(day -> day.getDisplayName(TextStyle.SHORT_STANDALONE, language)).toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(host.getTranslation("programme.picker.today"));
        i18n.setCancel(host.getTranslation("programme.picker.cancel"));
        return i18n;
    }

    private static String capitalised(String name, Locale language) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }
}
