package fr.inserre.kiosk.citizen.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseProgressTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static ChecklistLine line(long id, ReleaseItemKind kind, ChecklistStatus status) {
        return new ChecklistLine(id, kind, null, status, null, status == ChecklistStatus.TO_DO ? null : 1L, null, false,
                null, null);
    }

    private static final List<ChecklistLine> LINES = List.of(
            line(1, ReleaseItemKind.IDENTITY_DOCUMENT, ChecklistStatus.DONE),
            line(2, ReleaseItemKind.HEALTH_INSURANCE, ChecklistStatus.NOT_APPLICABLE),
            line(3, ReleaseItemKind.BANK_ACCOUNT, ChecklistStatus.IN_PROGRESS),
            line(4, ReleaseItemKind.CV, ChecklistStatus.TO_DO));

    @Test
    void doneAndNotApplicable_areSettled_toDoAndInProgress_areMissing_inTemplateOrder() {
        ReleaseProgress progress = ReleaseProgress.of(LINES, TODAY.plusDays(90), TODAY);

        assertEquals(4, progress.total());
        assertEquals(2, progress.settled());
        assertEquals(50, progress.percent());
        assertEquals(List.of(3L, 4L), progress.missing().stream().map(ChecklistLine::templateItemId).toList());
        assertEquals(1, progress.inProgress());
        assertFalse(progress.ready());
    }

    @Test
    void daysLeft_countToTheExpectedDate_andStopAtZeroOnceReached() {
        assertEquals(90L, ReleaseProgress.of(LINES, TODAY.plusDays(90), TODAY).daysLeft());
        assertEquals(0L, ReleaseProgress.of(LINES, TODAY.minusDays(3), TODAY).daysLeft());
        assertNull(ReleaseProgress.of(LINES, null, TODAY).daysLeft());
    }

    @Test
    void urgent_whenSomethingIsMissing_withThirtyDaysOrLessLeft() {
        assertFalse(ReleaseProgress.of(LINES, TODAY.plusDays(31), TODAY).urgent());
        assertTrue(ReleaseProgress.of(LINES, TODAY.plusDays(30), TODAY).urgent());
        assertFalse(ReleaseProgress.of(LINES, null, TODAY).urgent(), "no date, no countdown");
        List<ChecklistLine> allSettled = List.of(line(1, ReleaseItemKind.CV, ChecklistStatus.DONE));
        assertFalse(ReleaseProgress.of(allSettled, TODAY.plusDays(2), TODAY).urgent(), "nothing missing");
        assertTrue(ReleaseProgress.of(allSettled, TODAY.plusDays(2), TODAY).ready());
    }

    @Test
    void emptyChecklist_isReady_atOneHundredPercent() {
        ReleaseProgress progress = ReleaseProgress.of(List.of(), TODAY.plusDays(10), TODAY);

        assertEquals(100, progress.percent());
        assertTrue(progress.ready());
    }

    @Test
    void otherItem_needsWords_standardItem_mayHaveNone() {
        org.junit.jupiter.api.Assertions.assertThrows(ReleaseItemLabelRequiredException.class,
                () -> new ReleaseTemplateItem(new fr.inserre.kiosk.establishment.Establishment("X", "X", 10),
                        ReleaseItemKind.OTHER, "  ", 1));
        ReleaseTemplateItem vitale = new ReleaseTemplateItem(new fr.inserre.kiosk.establishment.Establishment("X", "X", 10),
                ReleaseItemKind.HEALTH_INSURANCE, " ", 1);
        assertNull(vitale.getLabel());
        assertEquals("Carte Vitale et droits à l'Assurance maladie",
                CitizenWords.itemLabel(vitale.getKind(), vitale.getLabel()));
    }
}
