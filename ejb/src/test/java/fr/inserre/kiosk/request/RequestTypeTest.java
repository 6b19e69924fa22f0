package fr.inserre.kiosk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.identity.Roles;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Types, teams, refusal reasons: who handles what, how it may end. */
class RequestTypeTest {

    @ParameterizedTest
    @EnumSource(RequestType.class)
    void everyType_goesToItsDefaultTeam_canBeRefused_andHasReasonsIncludingOther(RequestType type) {
        assertTrue(type.goesTo(type.defaultTeam()));
        assertTrue(type.allows(RequestStatus.REJECTED));
        assertTrue(RefusalReason.forType(type).size() >= 2);
        assertTrue(RefusalReason.forType(type).contains(RefusalReason.OTHER));
    }

    @Test
    void trainingGoesToTheTrainingManager_jobsToTheWorkManager_appointmentsToSpipDetentionOrGreffe() {
        assertEquals(Set.of(Team.TRAINING), RequestType.TRAINING_ENROLMENT.teams());
        assertEquals(Set.of(Team.WORK), RequestType.JOB_APPLICATION.teams());
        assertEquals(Set.of(Team.SPIP, Team.DETENTION, Team.GREFFE), RequestType.APPOINTMENT.teams());
        assertEquals(Set.of(Team.values()), RequestType.GENERAL.teams());
    }

    @Test
    void teamQueue_isWorkedByItsRole_andByTheDirection_only() {
        assertTrue(Team.TRAINING.workedBy(Roles.TRAINING_MANAGER::equals));
        assertFalse(Team.TRAINING.workedBy(Roles.WORK_MANAGER::equals));
        assertFalse(Team.SPIP.workedBy(Roles.SUPERVISOR::equals));
        assertTrue(Team.DETENTION.workedBy(Roles.SUPERVISOR::equals));
        for (Team team : Team.values()) {
            assertTrue(team.workedBy(Roles.DIRECTION::equals));
            assertFalse(team.workedBy(Roles.PARTNER::equals));
            assertFalse(team.workedBy(Roles.IT_ADMIN::equals));
        }
    }

    @Test
    void otherAndHoursCorrect_needWrittenWords_theOthersDoNot() {
        for (RefusalReason reason : RefusalReason.values()) {
            assertEquals(reason == RefusalReason.OTHER || reason == RefusalReason.HOURS_CORRECT, reason.needsText(),
                    reason.name());
        }
    }

    @Test
    void hoursRequests_goToWorkOrTraining_areAnsweredOrRefused_neverApprovedNorWaitlisted() {
        assertEquals(Set.of(Team.WORK, Team.TRAINING), RequestType.HOURS_DISPUTE.teams());
        assertEquals(Team.WORK, RequestType.HOURS_ATTESTATION.defaultTeam());
        for (RequestType type : Set.of(RequestType.HOURS_DISPUTE, RequestType.HOURS_ATTESTATION)) {
            assertTrue(type.allows(RequestStatus.ANSWERED));
            assertFalse(type.allows(RequestStatus.APPROVED));
            assertFalse(type.allows(RequestStatus.WAITLISTED));
            assertFalse(type.aboutActivity());
        }
        assertTrue(RefusalReason.forType(RequestType.HOURS_DISPUTE).contains(RefusalReason.HOURS_CORRECT));
        assertFalse(RefusalReason.forType(RequestType.JOB_APPLICATION).contains(RefusalReason.HOURS_CORRECT));
    }

    @Test
    void onlyAnotherReasonOfDispute_needsWords() {
        for (HoursDisputeReason reason : HoursDisputeReason.values()) {
            assertEquals(reason == HoursDisputeReason.OTHER, reason.needsText());
        }
    }
}
