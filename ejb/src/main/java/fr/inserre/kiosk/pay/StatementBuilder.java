package fr.inserre.kiosk.pay;

import fr.inserre.kiosk.attendance.AttendanceLine;
import fr.inserre.kiosk.attendance.AttendanceLines;
import fr.inserre.kiosk.schedule.ActivityKind;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns attendance lines into monthly statements without the database: every detainee's closed
 * presences of the month become {@link WorkedTime}s keyed by (detainee, activity, validated), priced in
 * one pass by the {@link PayCalculator} (minutes added up per key and hourly rate, each line rounded
 * once). Validated and pending minutes never share a line, so each is rounded on its own.
 */
public final class StatementBuilder {

    /** Who a statement is about. */
    public record Person(long detaineeId, String prisonNumber, String displayName) {
    }

    private record LineKey(long detaineeId, long activityId, boolean validated) {
    }

    private record ActivityInfo(String title, ActivityKind kind) {
    }

    private StatementBuilder() {
    }

    /**
     * One statement per person, in the persons' order (people without a line get an empty statement).
     *
     * @param lines attendance lines by detainee id, for the month (other days are ignored)
     */
    public static List<MonthlyStatement> build(YearMonth month, Collection<Person> people,
            Map<Long, AttendanceLines> lines, PayCalculator calculator) {
        List<WorkedTime<LineKey>> times = new ArrayList<>();
        Map<Long, ActivityInfo> activities = new HashMap<>();
        for (Person person : people) {
            AttendanceLines ofPerson = lines.get(person.detaineeId());
            if (ofPerson == null) {
                continue;
            }
            for (AttendanceLine line : ofPerson.lines()) {
                if (line.minutes() <= 0 || !YearMonth.from(line.date()).equals(month)) {
                    continue;
                }
                activities.putIfAbsent(line.activityId(), new ActivityInfo(line.activityTitle(), line.kind()));
                times.add(new WorkedTime<>(new LineKey(person.detaineeId(), line.activityId(), line.validated()),
                        PayBasis.of(line.kind(), line.paid(), line.payClass()), line.date(), line.minutes()));
            }
        }
        Map<Long, List<StatementLine>> byDetainee = new LinkedHashMap<>();
        for (PricedLine<LineKey> priced : calculator.price(times)) {
            LineKey key = priced.key();
            ActivityInfo activity = activities.get(key.activityId());
            byDetainee.computeIfAbsent(key.detaineeId(), id -> new ArrayList<>()).add(new StatementLine(
                    key.activityId(), activity.title(), activity.kind(), key.validated(), priced.rate(),
                    priced.minutes(), priced.amount(), priced.firstDay(), priced.lastDay()));
        }
        List<MonthlyStatement> statements = new ArrayList<>(people.size());
        for (Person person : people) {
            List<StatementLine> ofPerson = new ArrayList<>(byDetainee.getOrDefault(person.detaineeId(), List.of()));
            // validated lines first (stable: each group keeps the activities' order)
            ofPerson.sort((a, b) -> Boolean.compare(b.validated(), a.validated()));
            statements.add(new MonthlyStatement(month, person.detaineeId(), person.prisonNumber(),
                    person.displayName(), ofPerson));
        }
        return statements;
    }
}
