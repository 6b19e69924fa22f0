package fr.inserre.kiosk.schedule;

import static fr.inserre.kiosk.common.Persisted.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.establishment.Establishment;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ActivityTest {

    static final Establishment ARRAS = withId(new Establishment("ARR", "InSERRE Arras", 180), 1L);
    static final LocalDate START = LocalDate.of(2026, 9, 1);

    static ActivityDetails work(WorkType type, boolean paid, PayClass payClass) {
        return new ActivityDetails(ActivityKind.WORK, type, "Atelier menuiserie", null, null, "Atelier 2", 12, null,
                START, null, paid, payClass, null, "Chaussures de sécurité", 1);
    }

    static ActivityDetails training(LocalDate end, int rotaWeeks) {
        return new ActivityDetails(ActivityKind.VOCATIONAL_TRAINING, null, "  CAP cuisine ", "", "Apprendre la cuisine.",
                "Salle 1", 8, null, START, end, false, null, " ", null, rotaWeeks);
    }

    @Test
    void paidWorkshop_withPayClass_isAccepted_andTextsAreTrimmed() {
        Activity activity = new Activity(ARRAS, training(null, 1), null);

        assertEquals("CAP cuisine", activity.getTitle());
        assertNull(activity.getDescription());
        assertNull(activity.getPrerequisites());
        assertEquals(PayClass.CLASS_I,
                new Activity(ARRAS, work(WorkType.GENERAL_SERVICE, true, PayClass.CLASS_I), null).getPayClass());
    }

    @Test
    void work_withoutWorkType_isRefused() {
        InvalidActivityException refused = assertThrows(InvalidActivityException.class,
                () -> new Activity(ARRAS, work(null, true, PayClass.PRODUCTION), null));

        assertEquals(InvalidActivityException.Rule.WORK_NEEDS_TYPE, refused.rule());
    }

    @Test
    void training_withWorkType_isRefused() {
        ActivityDetails details = new ActivityDetails(ActivityKind.EDUCATION, WorkType.WORKSHOP, "FLE", null, null,
                "Salle", 10, null, START, null, false, null, null, null, 1);

        assertEquals(InvalidActivityException.Rule.WORK_TYPE_ONLY_FOR_WORK,
                assertThrows(InvalidActivityException.class, () -> new Activity(ARRAS, details, null)).rule());
    }

    @Test
    void paidWork_withoutPayClass_isRefused_andUnpaidWork_withOne_too() {
        assertEquals(InvalidActivityException.Rule.PAID_WORK_NEEDS_PAY_CLASS, assertThrows(InvalidActivityException.class,
                () -> new Activity(ARRAS, work(WorkType.WORKSHOP, true, null), null)).rule());
        assertEquals(InvalidActivityException.Rule.PAY_CLASS_ONLY_FOR_PAID_WORK, assertThrows(InvalidActivityException.class,
                () -> new Activity(ARRAS, work(WorkType.WORKSHOP, false, PayClass.CLASS_II), null)).rule());
    }

    @Test
    void endBeforeStart_isRefused() {
        assertEquals(InvalidActivityException.Rule.DATES_IN_ORDER, assertThrows(InvalidActivityException.class,
                () -> new Activity(ARRAS, training(START.minusDays(1), 1), null)).rule());
    }

    @Test
    void rotaShortened_belowAWeekItsSlotsUse_isRefused() {
        Activity activity = new Activity(ARRAS, training(null, 2), null);
        activity.addSlot(SlotRule.inRotaWeek(2, DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)));

        assertEquals(InvalidActivityException.Rule.ROTA_SHORTER_THAN_SLOTS, assertThrows(InvalidActivityException.class,
                () -> activity.describe(training(null, 1), null)).rule());
    }

    @Test
    void slotForAWeekTheRotaDoesNotHave_isRefused() {
        Activity activity = new Activity(ARRAS, training(null, 1), null);

        assertThrows(InvalidSlotException.class, () -> activity.addSlot(
                SlotRule.inRotaWeek(2, DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0))));
    }

    @Test
    void removedSlot_plansNoMore() {
        Activity activity = new Activity(ARRAS, training(null, 1), null);
        ActivitySlot monday = activity.addSlot(SlotRule.weekly(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)));
        activity.addSlot(SlotRule.weekly(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)));

        monday.remove();

        assertEquals(1, activity.recurrence(ZoneId.of("Europe/Paris"))
                .expand(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 13), java.util.Set.of()).size());
    }

    @Test
    void runsOn_betweenItsStartAndEnd_inclusive() {
        Activity activity = new Activity(ARRAS, training(LocalDate.of(2026, 12, 18), 1), null);

        assertTrue(activity.runsOn(START));
        assertTrue(activity.runsOn(LocalDate.of(2026, 12, 18)));
        assertFalse(activity.runsOn(LocalDate.of(2026, 12, 19)));
        assertFalse(activity.runsOn(START.minusDays(1)));
    }
}
