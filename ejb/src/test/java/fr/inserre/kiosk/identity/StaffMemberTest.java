package fr.inserre.kiosk.identity;

import static fr.inserre.kiosk.common.Persisted.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.establishment.Establishment;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffMemberTest {

    private final Establishment arras = withId(new Establishment("ARR", "InSERRE Arras", 180), 1L);

    private StaffMember member(String login, Set<StaffRole> roles) {
        return new StaffMember(arras, login, "Claire", "Dufour", roles);
    }

    @Test
    void constructor_normalisesLogin_whenMixedCaseAndPadded() {
        StaffMember member = member("  C.Dufour ", Set.of(StaffRole.PROBATION_OFFICER));

        assertEquals("c.dufour", member.getLogin());
    }

    @Test
    void constructor_createsActiveMemberWithRoles_whenRolesGiven() {
        StaffMember member = member("cdufour", Set.of(StaffRole.PROBATION_OFFICER, StaffRole.PARTNER));

        assertTrue(member.isActive());
        assertEquals(EnumSet.of(StaffRole.PROBATION_OFFICER, StaffRole.PARTNER), member.getRoles());
    }

    @Test
    void constructor_refused_whenNoRole() {
        NoRoleException refusal = assertThrows(NoRoleException.class, () -> member("C.Dufour", Set.of()));

        assertEquals("staff.roles.empty", refusal.getMessageKey());
        assertEquals(List.of("c.dufour"), refusal.getArguments());
    }

    @Test
    void constructor_refused_whenRolesMissing() {
        assertThrows(NoRoleException.class, () -> member("cdufour", null));
    }

    @Test
    void constructor_copiesRoles_whenCallerChangesItsSetAfterwards() {
        Set<StaffRole> roles = EnumSet.of(StaffRole.SUPERVISOR);
        StaffMember member = member("cdufour", roles);

        roles.add(StaffRole.DIRECTION);

        assertFalse(member.holds(StaffRole.DIRECTION));
    }

    @Test
    void grant_replacesRoles_whenNewRolesGiven() {
        StaffMember member = member("cdufour", Set.of(StaffRole.SUPERVISOR, StaffRole.WORK_MANAGER));

        member.grant(Set.of(StaffRole.DIRECTION));

        assertEquals(EnumSet.of(StaffRole.DIRECTION), member.getRoles());
    }

    @Test
    void grant_refusedAndRolesKept_whenEmpty() {
        StaffMember member = member("cdufour", Set.of(StaffRole.SUPERVISOR));

        assertThrows(NoRoleException.class, () -> member.grant(Set.of()));

        assertEquals(EnumSet.of(StaffRole.SUPERVISOR), member.getRoles());
    }

    @Test
    void grant_keepsRoles_whenGivenTheMembersOwnRoles() {
        StaffMember member = member("cdufour", Set.of(StaffRole.SUPERVISOR, StaffRole.WORK_MANAGER));

        member.grant(member.getRoles());

        assertEquals(EnumSet.of(StaffRole.SUPERVISOR, StaffRole.WORK_MANAGER), member.getRoles());
    }

    @Test
    void holds_true_whenRoleGranted() {
        StaffMember member = member("cdufour", Set.of(StaffRole.SUPERVISOR, StaffRole.WORK_MANAGER));

        assertTrue(member.holds(StaffRole.WORK_MANAGER));
    }

    @Test
    void holds_false_whenRoleNotGranted() {
        StaffMember member = member("cdufour", Set.of(StaffRole.SUPERVISOR, StaffRole.WORK_MANAGER));

        assertFalse(member.holds(StaffRole.IT_ADMIN));
    }

    @Test
    void getRoles_refusesChanges_whenCallerTriesToAddARole() {
        StaffMember member = member("cdufour", Set.of(StaffRole.SUPERVISOR));

        assertThrows(UnsupportedOperationException.class, () -> member.getRoles().add(StaffRole.IT_ADMIN));
    }

    @Test
    void deactivate_marksInactive_whenActive() {
        StaffMember member = member("cdufour", Set.of(StaffRole.SUPERVISOR));

        member.deactivate();

        assertFalse(member.isActive());
    }
}
