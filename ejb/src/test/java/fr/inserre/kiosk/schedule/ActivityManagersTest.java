package fr.inserre.kiosk.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.inserre.kiosk.identity.Roles;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActivityManagersTest {

    @ParameterizedTest(name = "{0} manages {1}: {2}")
    @CsvSource({
        "WORK_MANAGER, WORK, true",
        "WORK_MANAGER, VOCATIONAL_TRAINING, false",
        "WORK_MANAGER, EDUCATION, false",
        "WORK_MANAGER, SPORT_CULTURE, true",
        "TRAINING_MANAGER, WORK, false",
        "TRAINING_MANAGER, VOCATIONAL_TRAINING, true",
        "TRAINING_MANAGER, EDUCATION, true",
        "TRAINING_MANAGER, SPORT_CULTURE, true",
        "DIRECTION, WORK, true",
        "DIRECTION, EDUCATION, true",
        "SUPERVISOR, WORK, false",
        "PROBATION_OFFICER, EDUCATION, false",
        "SYSTEM, WORK, true"})
    void eachRole_managesItsOwnKindsOfActivity(String role, ActivityKind kind, boolean expected) {
        Set<String> roles = Set.of(role);

        assertEquals(expected, ActivityManagers.mayManage(kind, roles::contains));
    }

    @ParameterizedTest
    @CsvSource({"WORK", "EDUCATION"})
    void nobody_managesAnything_withoutARole(ActivityKind kind) {
        assertEquals(false, ActivityManagers.mayManage(kind, role -> false));
        assertEquals(true, ActivityManagers.mayManage(kind, Roles.DIRECTION::equals));
    }
}
