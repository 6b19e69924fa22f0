package fr.inserre.kiosk.pay;

import fr.inserre.kiosk.schedule.ActivityKind;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * One line of a monthly statement: a detainee's minutes on one activity at one hourly rate, validated or
 * still pending, and what they earn (rounded once for the whole line, {@link Money#forMinutes(long)}).
 *
 * @param activityId the activity
 * @param activityTitle its title as staff wrote it
 * @param kind work, training, education, sport
 * @param validated whether these minutes' weeks are validated (pending minutes are shown apart)
 * @param rate the hourly rate (zero when the activity is unpaid)
 * @param minutes the minutes of the line
 * @param amount minutes × rate, half up to the cent
 * @param firstDay the first day of the line
 * @param lastDay the last day of the line
 */
public record StatementLine(long activityId, String activityTitle, ActivityKind kind, boolean validated,
        HourlyRate rate, long minutes, Money amount, LocalDate firstDay, LocalDate lastDay) implements Serializable {
}
