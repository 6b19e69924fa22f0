package fr.inserre.kiosk.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.PayClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayBasisTest {

    @ParameterizedTest(name = "{0} paid={1} class={2}: {3}")
    @CsvSource({
        "WORK, true, CLASS_II, WORK",
        "WORK, false, , UNPAID",
        "VOCATIONAL_TRAINING, true, , TRAINING",
        "VOCATIONAL_TRAINING, false, , UNPAID",
        "EDUCATION, true, , UNPAID",
        "EDUCATION, false, , UNPAID",
        "SPORT_CULTURE, true, , UNPAID"})
    void activity_isPaidByItsKindAndFlag(ActivityKind kind, boolean paid, PayClass payClass, PayBasis.Type expected) {
        PayBasis basis = PayBasis.of(kind, paid, payClass);

        assertEquals(expected, basis.type());
        assertEquals(expected == PayBasis.Type.WORK ? RateItem.of(payClass) : expected == PayBasis.Type.TRAINING
                ? RateItem.TRAINING_ALLOWANCE : null, basis.item());
    }

    @ParameterizedTest
    @CsvSource({"WORK, ", "TRAINING, CLASS_I", "UNPAID, PRODUCTION"})
    void payClass_goesWithWorkOnly(PayBasis.Type type, PayClass payClass) {
        assertThrows(IllegalArgumentException.class, () -> new PayBasis(type, payClass));
    }
}
