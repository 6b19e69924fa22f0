package fr.inserre.kiosk.web.kiosk.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.request.Offer;
import fr.inserre.kiosk.request.RequestEventKind;
import fr.inserre.kiosk.request.RequestStatus;
import fr.inserre.kiosk.request.RequestType;
import fr.inserre.kiosk.request.Team;
import fr.inserre.kiosk.schedule.ActivityKind;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestWordsTest {

    static final ResourceBundle FRENCH = ResourceBundle.getBundle("fr.inserre.kiosk.web.i18n.kiosk", Locale.FRENCH);
    static final ResourceBundle ENGLISH = ResourceBundle.getBundle("fr.inserre.kiosk.web.i18n.kiosk", Locale.ENGLISH);

    final RequestWords words = new RequestWords();

    static Offer offer(ActivityKind kind, int placesLeft) {
        return new Offer(1L, kind, "CAP cuisine", null, null, null, null, null, false, null, 12, placesLeft,
                null, false);
    }

    @Test
    void everyStatus_hasItsOwnIcon_soThatColourIsNeverTheOnlyCue() {
        Set<String> icons = Arrays.stream(RequestStatus.values()).map(words::statusIcon).collect(Collectors.toSet());

        assertEquals(RequestStatus.values().length, icons.size(), icons.toString());
    }

    @Test
    void decidedStatuses_haveToneOfTheirOutcome() {
        assertEquals("request-tone-ok", words.statusTone(RequestStatus.APPROVED));
        assertEquals("request-tone-ok", words.statusTone(RequestStatus.ANSWERED));
        assertEquals("request-tone-refused", words.statusTone(RequestStatus.REJECTED));
        assertEquals("request-tone-waiting", words.statusTone(RequestStatus.WAITLISTED));
        assertEquals("request-tone-over", words.statusTone(RequestStatus.CANCELLED));
        assertEquals("request-tone-open", words.statusTone(RequestStatus.SUBMITTED));
    }

    @Test
    void everyTypeTeamAndEvent_hasAPictogram() {
        Arrays.stream(RequestType.values()).forEach(t -> assertTrue(words.typeIcon(t).startsWith("pi-")));
        Arrays.stream(Team.values()).forEach(t -> assertTrue(words.teamIcon(t).startsWith("pi-")));
        Arrays.stream(RequestEventKind.values()).forEach(k -> assertTrue(words.eventIcon(k).startsWith("pi-")));
        assertEquals(Team.values().length,
                Arrays.stream(Team.values()).map(words::teamIcon).collect(Collectors.toSet()).size(),
                "each service tile has its own pictogram");
    }

    @Test
    void about_isTheActivity_orAnyWork_orTheService() {
        assertEquals("CAP cuisine",
                RequestWords.about(RequestType.TRAINING_ENROLMENT, "CAP cuisine", false, Team.TRAINING, FRENCH));
        assertEquals("N'importe quel travail",
                RequestWords.about(RequestType.JOB_APPLICATION, null, true, Team.WORK, FRENCH));
        assertEquals("Any work", RequestWords.about(RequestType.JOB_APPLICATION, null, true, Team.WORK, ENGLISH));
        assertEquals("Conseiller d'insertion (SPIP)",
                RequestWords.about(RequestType.APPOINTMENT, null, false, Team.SPIP, FRENCH));
        assertEquals("Greffe (dates, papiers)",
                RequestWords.about(RequestType.GENERAL, null, false, Team.GREFFE, FRENCH));
    }

    @ParameterizedTest
    @CsvSource({"1, fr, 1er", "2, fr, 2e", "3, fr, 3e", "11, fr, 11e", "1, en, 1st", "2, en, 2nd", "3, en, 3rd",
            "4, en, 4th", "11, en, 11th", "12, en, 12th", "13, en, 13th", "21, en, 21st", "22, en, 22nd",
            "111, en, 111th", "3, ar, 3"})
    void ordinal_isSaidAsInTheLanguage(int position, String language, String expected) {
        assertEquals(expected, RequestWords.ordinal(position, Locale.forLanguageTag(language)));
    }

    @Test
    void waitlistSentence_readsAsSpoken() {
        assertEquals("Vous êtes 3e sur la liste d'attente.", FRENCH.getString("kiosk_requests.waitlistPosition")
                .replace("{0}", RequestWords.ordinal(3, Locale.FRENCH)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"training", "job"})
    void phrases_areFourToSix_inBundleOrder_inEveryLanguage(String set) {
        List<String> french = RequestWords.phrases(set, FRENCH);
        List<String> english = RequestWords.phrases(set, ENGLISH);

        assertTrue(french.size() >= 4 && french.size() <= 6, french.toString());
        assertEquals(french.size(), english.size());
        assertEquals(FRENCH.getString("kiosk_requests.phrase." + set + ".1"), french.get(0));
    }

    @Test
    void phrases_ofAnUnknownSet_areNone() {
        assertEquals(List.of(), RequestWords.phrases("nothing", FRENCH));
    }

    @Test
    void places_sayFreePlaces_orWaitingListForAFullTraining_orFullForWork() {
        assertEquals("kiosk_requests_offers.placesLeft",
                RequestWords.placesKey(offer(ActivityKind.VOCATIONAL_TRAINING, 3)));
        assertEquals("kiosk_requests_offers.placeLeft", RequestWords.placesKey(offer(ActivityKind.WORK, 1)));
        assertEquals("kiosk_requests_offers.fullWaitlist",
                RequestWords.placesKey(offer(ActivityKind.VOCATIONAL_TRAINING, 0)));
        assertEquals("kiosk_requests_offers.fullWaitlist", RequestWords.placesKey(offer(ActivityKind.EDUCATION, 0)));
        assertEquals("kiosk_requests_offers.fullWork", RequestWords.placesKey(offer(ActivityKind.WORK, 0)));
        assertEquals("Complet : liste d'attente", FRENCH.getString("kiosk_requests_offers.fullWaitlist"));
    }

    @Test
    void services_areOfferedMostAskedFirst_andOnlyThoseTheTypeGoesTo() {
        assertEquals(List.of(Team.SPIP, Team.DETENTION, Team.GREFFE, Team.ACCOUNTS, Team.TRAINING, Team.WORK),
                RequestWords.teamsFor(RequestType.GENERAL));
        assertEquals(List.of(Team.SPIP, Team.DETENTION, Team.GREFFE), RequestWords.teamsFor(RequestType.APPOINTMENT));
        assertEquals(RequestType.APPOINTMENT.defaultTeam(), RequestWords.teamsFor(RequestType.APPOINTMENT).get(0),
                "the default service is the first choice");
    }
}
