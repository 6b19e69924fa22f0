package fr.inserre.kiosk.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The roster import's progress bar: checking, writing, then 99 % until the changes are saved. */
class ImportProgressTest {

    @Test
    void checkingIsTheFirstFifth_writingGoesUpTo99_and100OnlyOnceSaved() {
        ImportProgress progress = new ImportProgress();
        assertEquals(0, progress.percent());

        progress.start(ImportProgress.Phase.CHECKING, 10);
        progress.at(10);
        assertEquals(20, progress.percent());

        progress.start(ImportProgress.Phase.WRITING, 4);
        progress.step();
        assertEquals(39, progress.percent());
        progress.at(4);
        assertEquals(99, progress.percent(), "every change written, none saved yet");

        progress.start(ImportProgress.Phase.SAVING, 0);
        assertEquals(99, progress.percent());
        progress.finish();
        assertEquals(100, progress.percent());
    }

    @Test
    void nothingToWrite_stillWaitsForTheSave() {
        ImportProgress progress = new ImportProgress();
        progress.start(ImportProgress.Phase.WRITING, 0);

        assertEquals(99, progress.percent());
    }
}
