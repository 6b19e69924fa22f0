package fr.inserre.kiosk.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The links the scenario follows, as paths under the base URL. */
class KioskChainsTest {

    @Test
    void aKioskLink_becomesAPathUnderTheBaseUrl() {
        assertEquals("kiosk/requests/request.xhtml?id=7", KioskChains.inApplication("/inserre/kiosk/requests/request.xhtml?id=7"));
        assertEquals(List.of("kiosk/a.xhtml"), KioskChains.inApplication(List.of("/inserre/kiosk/a.xhtml")));
    }

    @Test
    void noLinkOnThePage_isNothingToSave_notAFailedRequest() {
        assertNull(KioskChains.inApplication((String) null), "an empty Mes demandes");
        assertNull(KioskChains.inApplication((List<String>) null));
    }

    @Test
    void aLinkOutsideTheKiosk_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> KioskChains.inApplication("/inserre/staff/index.xhtml"));
    }
}
