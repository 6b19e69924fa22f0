package fr.inserre.kiosk.attendance;

import static fr.inserre.kiosk.common.Persisted.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffMember;
import fr.inserre.kiosk.identity.StaffRole;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivityDetails;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.PayClass;
import fr.inserre.kiosk.schedule.WorkType;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Who takes a session's roll-call and validates its timesheets. */
class RollCallRulesTest {

    static final Establishment ARRAS = withId(new Establishment("ARR", "InSERRE Arras", 180), 1L);
    static final StaffMember CHEF = new StaffMember(ARRAS, "chef.atelier", "Laurent", "Masson",
            EnumSet.of(StaffRole.SUPERVISOR));

    static Activity workshop(StaffMember lead) {
        return new Activity(ARRAS, new ActivityDetails(ActivityKind.WORK, WorkType.WORKSHOP, "Atelier menuiserie", null,
                null, "Atelier 2", 12, null, LocalDate.of(2026, 1, 5), null, true, PayClass.PRODUCTION, null, null, 1),
                lead);
    }

    static Predicate<String> roles(String... roles) {
        return Set.of(roles)::contains;
    }

    @Test
    void lead_takesTheRollCall_whateverTheirRole_butAnotherSupervisorDoesNot() {
        assertTrue(RollCallRules.mayTake(workshop(CHEF), "chef.atelier", roles(Roles.SUPERVISOR)));
        assertFalse(RollCallRules.mayTake(workshop(CHEF), "surveillant", roles(Roles.SUPERVISOR)));
        NotYourSessionException refused = assertThrows(NotYourSessionException.class,
                () -> RollCallRules.require(workshop(CHEF), "surveillant", roles(Roles.SUPERVISOR)));
        assertEquals("Atelier menuiserie", refused.getArguments().get(0));
    }

    @Test
    void managersOfTheKind_andTheDirection_takeAnyRollCall() {
        assertTrue(RollCallRules.mayTake(workshop(CHEF), "travail", roles(Roles.WORK_MANAGER)));
        assertFalse(RollCallRules.mayTake(workshop(CHEF), "formation", roles(Roles.TRAINING_MANAGER)));
        assertTrue(RollCallRules.mayTake(workshop(CHEF), "direction", roles(Roles.DIRECTION)));
    }

    @Test
    void activityWithoutALead_isTakenByAnySupervisor() {
        assertTrue(RollCallRules.mayTake(workshop(null), "surveillant", roles(Roles.SUPERVISOR)));
        assertFalse(RollCallRules.mayTake(workshop(null), "cpip", roles(Roles.PROBATION_OFFICER)));
    }

    @Test
    void onlyTheDirection_overridesTheLimits() {
        assertTrue(RollCallRules.mayOverrideLimits(roles(Roles.DIRECTION)));
        assertFalse(RollCallRules.mayOverrideLimits(roles(Roles.WORK_MANAGER, Roles.SUPERVISOR)));
    }
}
