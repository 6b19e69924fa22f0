package fr.inserre.kiosk.web.kiosk.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.attendance.AbsenceReason;
import fr.inserre.kiosk.attendance.AttendanceLine;
import fr.inserre.kiosk.attendance.AttendanceStatus;
import fr.inserre.kiosk.attendance.LineStatus;
import fr.inserre.kiosk.pay.Money;
import fr.inserre.kiosk.schedule.ActivityKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class HoursWordsTest {

    private static final ResourceBundle FRENCH = ResourceBundle.getBundle("fr.inserre.kiosk.web.i18n.kiosk", Locale.FRENCH);
    private static final ResourceBundle ARABIC = ResourceBundle.getBundle("fr.inserre.kiosk.web.i18n.kiosk",
            Locale.forLanguageTag("ar"));

    private static AttendanceLine line(AttendanceStatus status, Instant from, Instant to, AbsenceReason reason) {
        Instant start = Instant.parse("2026-11-23T07:00:00Z");
        return new AttendanceLine(1, 1, 1, LocalDate.of(2026, 11, 23), start, start.plusSeconds(3600), 1, "A",
                ActivityKind.WORK, null, null, false, status, from, to, 0, reason, LineStatus.PENDING);
    }

    @Test
    void duration_saysHoursAndTwoDigitMinutes_inTheLanguage() {
        assertEquals("3 h 29", HoursWords.duration(209, FRENCH));
        assertEquals("0 h 05", HoursWords.duration(5, FRENCH));
        assertTrue(HoursWords.duration(209, ARABIC).contains("3") && HoursWords.duration(209, ARABIC).contains("29"));
    }

    @Test
    void money_isInEuros_withWesternDigits_inEveryLanguage() {
        String french = HoursWords.money(Money.euros("1234.50"), Locale.FRENCH);
        assertTrue(french.matches("1[\\s\\u00a0\\u202f]?234,50[\\s\\u00a0\\u202f]€"), french);
        assertEquals("€1,234.50", HoursWords.money(Money.euros("1234.50"), Locale.ENGLISH));
        String arabic = HoursWords.money(Money.euros("45.20"), Locale.forLanguageTag("ar"));
        assertTrue(arabic.contains("45") && arabic.contains("20"), arabic);
    }

    @Test
    void recorded_distinguishesPresentOpenAbsentAndNotYetNoted() {
        Instant at = Instant.parse("2026-11-23T07:02:00Z");
        assertEquals("kiosk_hours.line.present", HoursWords.recordedKey(line(AttendanceStatus.PRESENT, at, at, null)));
        assertEquals("kiosk_hours.line.presentOpen", HoursWords.recordedKey(line(AttendanceStatus.PRESENT, at, null, null)));
        assertEquals("kiosk_hours.line.absent",
                HoursWords.recordedKey(line(AttendanceStatus.ABSENT, null, null, AbsenceReason.SICK)));
        assertEquals("kiosk_hours.line.expected", HoursWords.recordedKey(line(AttendanceStatus.EXPECTED, null, null, null)));
    }

    @Test
    void pendingAndValidated_haveDifferentIcons() {
        AttendanceLine pending = line(AttendanceStatus.EXPECTED, null, null, null);
        AttendanceLine validated = new AttendanceLine(1, 1, 1, pending.date(), pending.sessionStart(),
                pending.sessionEnd(), 1, "A", ActivityKind.WORK, null, null, false, AttendanceStatus.EXPECTED, null, null, 0,
                null, LineStatus.VALIDATED);
        assertNotEquals(new HoursWords().statusIcon(pending), new HoursWords().statusIcon(validated));
    }
}
