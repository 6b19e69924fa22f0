package fr.inserre.kiosk.attestation;

import fr.inserre.kiosk.attendance.AttendanceLine;
import fr.inserre.kiosk.schedule.ActivityKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an attestation says, from the attendance lines of the period and the trainings completed:
 * the validated hours of each activity (pending weeks are not attested), work first, then vocational
 * training and education, then the rest, each with its first and last day; then the trainings
 * completed with their dates. Pure: no database.
 */
public final class AttestationContent {

    /** A training ended as completed (an allocation of a training or education activity). */
    public record CompletedTraining(ActivityKind kind, String title, LocalDate from, LocalDate until) {
    }

    private AttestationContent() {
    }

    public static List<AttestationLine> lines(Collection<AttendanceLine> attendance,
            Collection<CompletedTraining> completed) {
        Map<Long, AttendanceLine> first = new LinkedHashMap<>();
        Map<Long, LocalDate> last = new LinkedHashMap<>();
        Map<Long, Integer> minutes = new LinkedHashMap<>();
        for (AttendanceLine line : attendance) {
            if (!line.validated() || line.minutes() <= 0) {
                continue;
            }
            first.merge(line.activityId(), line, (a, b) -> a.date().isAfter(b.date()) ? b : a);
            last.merge(line.activityId(), line.date(), (a, b) -> a.isAfter(b) ? a : b);
            minutes.merge(line.activityId(), line.minutes(), Integer::sum);
        }
        List<AttestationLine> lines = new ArrayList<>();
        for (int group = 0; group < 3; group++) {
            for (AttendanceLine line : first.values()) {
                if (group(line.kind()) == group) {
                    lines.add(AttestationLine.hours(line.kind(), line.activityTitle(), line.date(),
                            last.get(line.activityId()), minutes.get(line.activityId())));
                }
            }
        }
        completed.stream().sorted((a, b) -> a.until().compareTo(b.until()))
                .forEach(t -> lines.add(AttestationLine.training(t.kind(), t.title(), t.from(), t.until())));
        return lines;
    }

    private static int group(ActivityKind kind) {
        if (kind == ActivityKind.WORK) {
            return 0;
        }
        return kind.isTraining() ? 1 : 2;
    }
}
