package fr.inserre.kiosk.request;

import static fr.inserre.kiosk.common.Persisted.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivityDetails;
import fr.inserre.kiosk.schedule.ActivityKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A request's own rules: decisions by type, reasons, questions, forwarding, history. */
class RequestTest {

    static final Establishment ARRAS = withId(new Establishment("ARR", "InSERRE Arras", 180), 1L);
    static final Instant MONDAY_NINE = Instant.parse("2026-12-07T08:00:00Z");
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    final Detainee julien = withId(new Detainee(ARRAS, "25A0001", "Julien", "Dupont", LocalDate.of(2026, 1, 5), null),
            3L);
    final Activity cooking = new Activity(ARRAS, new ActivityDetails(ActivityKind.VOCATIONAL_TRAINING, null,
            "CAP cuisine", null, null, "Salle 1", 8, null, MONDAY, null, false, null, null, null, 1), null);
    final At manager = new At("formation", "Claire Martin", MONDAY_NINE.plusSeconds(3600));

    Request of(RequestType type) {
        Team team = type.defaultTeam();
        Request request = new Request(julien, type, team, type == RequestType.TRAINING_ENROLMENT ? cooking : null,
                false, "Je veux apprendre", List.of(), "token-1", At.detainee(3L, MONDAY_NINE),
                ServiceLevels.dueDate(type, MONDAY));
        return withId(request, 123L);
    }

    @Test
    void newRequest_isSubmitted_withOneVisibleEvent_byTheDetainee() {
        Request request = of(RequestType.TRAINING_ENROLMENT);

        assertEquals(RequestStatus.SUBMITTED, request.getStatus());
        assertEquals(1, request.getEvents().size());
        RequestEvent submitted = request.getEvents().get(0);
        assertEquals(RequestEventKind.SUBMITTED, submitted.getKind());
        assertEquals("detainee:3", submitted.getActor());
        assertTrue(submitted.byDetainee() && submitted.isVisibleToDetainee());
        assertEquals("2026-000123", request.receipt());
    }

    @Test
    void receiptNumber_readsBackToTheId_withOrWithoutTheYear() {
        assertEquals(123L, Request.idOfReceipt("2026-000123"));
        assertEquals(123L, Request.idOfReceipt(" 123 "));
        assertNull(Request.idOfReceipt("2026-abc"));
        assertNull(Request.idOfReceipt(""));
    }

    @Test
    void decidingASubmittedRequest_takesItInHandFirst_andRecordsWhoDecided() {
        Request request = of(RequestType.TRAINING_ENROLMENT);

        request.approve(manager, "Bienvenue", 55L, null);

        assertEquals(RequestStatus.APPROVED, request.getStatus());
        assertEquals(List.of(RequestEventKind.SUBMITTED, RequestEventKind.ACKNOWLEDGED, RequestEventKind.APPROVED),
                request.getEvents().stream().map(RequestEvent::getKind).toList());
        assertEquals("Claire Martin", request.getDecidedByName());
        assertEquals(55L, request.getAllocationId());
    }

    @Test
    void secondDecision_isRefused_namingWhoDecidedFirst() {
        Request request = of(RequestType.TRAINING_ENROLMENT);
        request.approve(manager, null, 55L, null);

        AlreadyDecidedException refused = assertThrows(AlreadyDecidedException.class,
                () -> request.reject(RefusalReason.PREREQUISITES_NOT_MET, null, manager));

        assertEquals(List.of("Claire Martin", MONDAY), refused.getArguments());
        assertEquals(RequestStatus.APPROVED, request.getStatus());
    }

    @Test
    void refusal_needsAReasonOfItsType_andOtherNeedsWords() {
        Request request = of(RequestType.TRAINING_ENROLMENT);

        assertThrows(RefusalReasonRequiredException.class, () -> request.reject(null, "non", manager));
        assertThrows(ReasonNotForTypeException.class, () -> request.reject(RefusalReason.RECENTLY_SEEN, null, manager));
        assertThrows(ReasonTextRequiredException.class, () -> request.reject(RefusalReason.OTHER, "  ", manager));
        assertEquals(RequestStatus.SUBMITTED, request.getStatus());

        request.reject(RefusalReason.OTHER, "La formation est reportée à mars.", manager);

        assertEquals(RequestStatus.REJECTED, request.getStatus());
        assertEquals("La formation est reportée à mars.", request.getReasonText());
    }

    @Test
    void onlyTraining_goesOnAWaitingList_andOnlyAGeneralRequest_isAnsweredInWriting() {
        assertThrows(OutcomeNotForTypeException.class, () -> of(RequestType.JOB_APPLICATION).waitlist(manager));
        assertThrows(OutcomeNotForTypeException.class, () -> of(RequestType.TRAINING_ENROLMENT).answer("x", manager));
        assertThrows(OutcomeNotForTypeException.class, () -> of(RequestType.GENERAL).approve(manager, null, null, null));
        Request general = of(RequestType.GENERAL);
        assertThrows(AnswerRequiredException.class, () -> general.answer(" ", manager));

        general.answer("Votre date de fin de peine est le 3 mars.", manager);

        assertEquals(RequestStatus.ANSWERED, general.getStatus());
    }

    @Test
    void waitlistedTraining_canStillBeApprovedLater_orCancelledByTheDetainee() {
        Request request = of(RequestType.TRAINING_ENROLMENT);
        request.waitlist(manager);
        assertEquals(manager.at(), request.getWaitlistedAt());

        request.approve(manager, null, 56L, null);

        assertEquals(RequestStatus.APPROVED, request.getStatus());
        Request other = of(RequestType.TRAINING_ENROLMENT);
        other.waitlist(manager);
        other.cancel(At.detainee(3L, manager.at()), null);
        assertEquals(RequestStatus.CANCELLED, other.getStatus());
    }

    @ParameterizedTest
    @EnumSource(RequestType.class)
    void decidedRequest_cannotBeCancelled(RequestType type) {
        Request request = of(type);
        request.reject(RefusalReason.OTHER, "Non", manager);

        assertThrows(IllegalTransitionException.class, () -> request.cancel(At.detainee(3L, manager.at()), null));
    }

    @Test
    void question_isAnsweredOnce_andTheDetaineeCannotAnswerUnasked() {
        Request request = of(RequestType.GENERAL);
        assertThrows(NoQuestionPendingException.class, () -> request.answerQuestion("oui", At.detainee(3L, MONDAY_NINE)));

        request.ask("Quel document vous manque ?", manager);
        assertTrue(request.isAwaitingAnswer());
        request.answerQuestion("La carte Vitale", At.detainee(3L, MONDAY_NINE));

        assertFalse(request.isAwaitingAnswer());
        assertThrows(NoQuestionPendingException.class, () -> request.answerQuestion("encore", At.detainee(3L, MONDAY_NINE)));
    }

    @Test
    void detaineeAnswer_isMarkedReceived_untilStaffActOnTheRequestAgain() {
        java.util.List<java.util.function.Consumer<Request>> staffActions = java.util.List.of(
                r -> r.acknowledge(manager), r -> r.ask("Et la date ?", manager), r -> r.note("Lu", manager),
                r -> r.forward(Team.GREFFE, null, manager), r -> r.answer("Voici", manager),
                r -> r.reject(RefusalReason.OTHER, "Non", manager), r -> r.addToCommission(1L, manager));
        for (java.util.function.Consumer<Request> action : staffActions) {
            Request request = of(RequestType.GENERAL);
            request.ask("Quel document vous manque ?", manager);
            assertFalse(request.isAnswerReceived(), "asking is not an answer");
            request.answerQuestion("La carte Vitale", At.detainee(3L, MONDAY_NINE));
            assertTrue(request.isAnswerReceived());
            assertEquals(MONDAY_NINE, request.getAnswerReceivedAt());

            action.accept(request);

            assertFalse(request.isAnswerReceived(), request.getEvents().toString());
        }
    }

    @Test
    void staffNote_isKept_butNeverShownToTheDetainee() {
        Request request = of(RequestType.GENERAL);

        request.note("Voir avec le greffe", manager);

        assertEquals(2, request.getEvents().size());
        assertEquals(1, request.visibleEvents().size());
    }

    @Test
    void forward_changesTheTeam_onlyToATeamOfTheType_andNotToItself() {
        Request appointment = of(RequestType.APPOINTMENT);
        assertThrows(SameTeamException.class, () -> appointment.forward(Team.SPIP, null, manager));
        assertThrows(TeamNotForTypeException.class, () -> appointment.forward(Team.ACCOUNTS, null, manager));

        appointment.forward(Team.GREFFE, "C'est une question de dates", manager);

        assertEquals(Team.GREFFE, appointment.getTeam());
        assertEquals(List.of(RequestEventKind.SUBMITTED, RequestEventKind.FORWARDED, RequestEventKind.NOTE),
                appointment.getEvents().stream().map(RequestEvent::getKind).toList());
        assertEquals(2, appointment.visibleEvents().size());
    }

    @Test
    void newRequest_toATeamThatDoesNotHandleItsType_isRefused() {
        assertThrows(TeamNotForTypeException.class, () -> new Request(julien, RequestType.TRAINING_ENROLMENT, Team.WORK,
                cooking, false, null, List.of(), "t", At.detainee(3L, MONDAY_NINE), MONDAY));
    }

    @Test
    void escalation_happensOnce_andOnlyPastTheDueDateWhileOpen() {
        Request request = of(RequestType.GENERAL);
        LocalDate due = request.getDueDate();
        At system = At.system(MONDAY_NINE);

        assertFalse(request.escalateIfOverdue(due, system));
        assertTrue(request.escalateIfOverdue(due.plusDays(1), system));
        assertFalse(request.escalateIfOverdue(due.plusDays(2), system));
        assertEquals(RequestEventKind.ESCALATED, request.getEvents().get(request.getEvents().size() - 1).getKind());
        Request decided = of(RequestType.GENERAL);
        decided.answer("Réponse", manager);
        assertFalse(decided.escalateIfOverdue(due.plusDays(10), system));
    }

    @Test
    void halfDays_areKeptInDayOrder() {
        HalfDay tuesdayMorning = new HalfDay(MONDAY.plusDays(1), HalfDay.Half.MORNING);
        HalfDay mondayAfternoon = new HalfDay(MONDAY, HalfDay.Half.AFTERNOON);
        Request request = new Request(julien, RequestType.APPOINTMENT, Team.SPIP, null, false, null,
                List.of(tuesdayMorning, mondayAfternoon, tuesdayMorning), "t", At.detainee(3L, MONDAY_NINE), MONDAY);

        assertEquals(List.of(mondayAfternoon, tuesdayMorning), request.getHalfDays());
    }

    @Test
    void waitingList_isInTheOrderPeopleWereWaitlisted_receiptBreakingTies() {
        Request first = withId(of(RequestType.TRAINING_ENROLMENT), 9L);
        Request second = withId(of(RequestType.TRAINING_ENROLMENT), 4L);
        Request tiedLater = withId(of(RequestType.TRAINING_ENROLMENT), 12L);
        first.waitlist(manager);
        At later = new At("formation", "Claire Martin", manager.at().plusSeconds(60));
        tiedLater.waitlist(later);
        second.waitlist(later);

        List<Request> list = new java.util.ArrayList<>(List.of(tiedLater, second, first));
        list.sort(Request.WAITLIST_ORDER);

        assertEquals(List.of(9L, 4L, 12L), list.stream().map(Request::getId).toList());
    }
}
