package fr.inserre.kiosk.web.kiosk.requests;

import fr.inserre.kiosk.request.Offer;
import fr.inserre.kiosk.request.Request;
import fr.inserre.kiosk.request.RequestEventKind;
import fr.inserre.kiosk.request.RequestStatus;
import fr.inserre.kiosk.request.RequestType;
import fr.inserre.kiosk.request.Team;
import fr.inserre.kiosk.request.TextTooLongException;
import fr.inserre.kiosk.web.common.BusinessMessages;
import fr.inserre.kiosk.web.kiosk.Placeholders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * How the kiosk shows requests to a detainee who may read little: a pictogram for every status,
 * type, service and history step (never colour alone), what a request is about in a few words, the
 * place on a waiting list as spoken ("Vous êtes 3e"), and the ready-made phrases of a motivation.
 * The wording lives in the kiosk bundle; this class only picks keys and fills them in.
 */
@Named
@ApplicationScoped
public class RequestWords {

    /** Bundle prefix of the ready-made phrases: {@code kiosk_requests.phrase.<set>.<n>}, n from 1. */
    static final String PHRASE_PREFIX = "kiosk_requests.phrase.";

    /** The services in the order a detainee is offered them: the most asked first. */
    static final List<Team> TEAM_ORDER = List.of(Team.SPIP, Team.DETENTION, Team.GREFFE, Team.ACCOUNTS,
            Team.TRAINING, Team.WORK);

    /** The services a request of this type may be addressed to, most asked first. */
    public static List<Team> teamsFor(RequestType type) {
        return TEAM_ORDER.stream().filter(type::goesTo).toList();
    }

    /** The PrimeIcons class of a status: each status has its own shape. */
    public String statusIcon(RequestStatus status) {
        return switch (status) {
            case SUBMITTED -> "pi-send";
            case IN_REVIEW -> "pi-hourglass";
            case APPROVED -> "pi-check-circle";
            case REJECTED -> "pi-times-circle";
            case WAITLISTED -> "pi-list";
            case ANSWERED -> "pi-envelope";
            case CANCELLED -> "pi-ban";
        };
    }

    /**
     * The style of a status (colour and border, always with the icon and the word): in progress,
     * good news, bad news, waiting, or over.
     */
    public String statusTone(RequestStatus status) {
        return switch (status) {
            case SUBMITTED, IN_REVIEW -> "request-tone-open";
            case APPROVED, ANSWERED -> "request-tone-ok";
            case REJECTED -> "request-tone-refused";
            case WAITLISTED -> "request-tone-waiting";
            case CANCELLED -> "request-tone-over";
        };
    }

    public String typeIcon(RequestType type) {
        return switch (type) {
            case TRAINING_ENROLMENT -> "pi-book";
            case JOB_APPLICATION -> "pi-wrench";
            case APPOINTMENT -> "pi-calendar-plus";
            case GENERAL -> "pi-envelope";
            case HOURS_DISPUTE -> "pi-flag";
            case HOURS_ATTESTATION -> "pi-file";
        };
    }

    public String teamIcon(Team team) {
        return switch (team) {
            case SPIP -> "pi-user";
            case DETENTION -> "pi-shield";
            case GREFFE -> "pi-building-columns";
            case ACCOUNTS -> "pi-wallet";
            case TRAINING -> "pi-book";
            case WORK -> "pi-wrench";
        };
    }

    public String eventIcon(RequestEventKind kind) {
        return switch (kind) {
            case SUBMITTED -> "pi-send";
            case ACKNOWLEDGED -> "pi-eye";
            case QUESTION -> "pi-question-circle";
            case NOTE -> "pi-comment";
            case ANSWER -> "pi-reply";
            case FORWARDED -> "pi-directions";
            case ADDED_TO_COMMISSION, REMOVED_FROM_COMMISSION -> "pi-users";
            case APPROVED -> "pi-check-circle";
            case REJECTED -> "pi-times-circle";
            case WAITLISTED -> "pi-list";
            case ANSWERED -> "pi-envelope";
            case CANCELLED -> "pi-ban";
            case ESCALATED -> "pi-clock";
        };
    }

    /**
     * What a request is about, in a few words: the activity's title, "any work", or the service an
     * appointment or a written request goes to.
     */
    static String about(RequestType type, String activityTitle, boolean anyWork, Team team, ResourceBundle kiosk) {
        if (activityTitle != null) {
            return activityTitle;
        }
        if (anyWork) {
            return kiosk.getString("kiosk_requests.anyWork");
        }
        if (type.aboutActivity() || type == RequestType.HOURS_ATTESTATION) {
            // An activity request always has its activity or is for any work; say at least what kind it is
            // (an attestation is about all my hours: its type says it).
            return kiosk.getString("RequestType." + type.name());
        }
        return kiosk.getString("Team." + team.name());
    }

    /** "1er", "3e" in French, "1st", "3rd" in English; the bare number in other languages. */
    static String ordinal(int position, Locale locale) {
        return switch (locale.getLanguage()) {
            case "fr" -> position == 1 ? "1er" : position + "e";
            case "en" -> position + englishSuffix(position);
            default -> String.valueOf(position);
        };
    }

    private static String englishSuffix(int position) {
        int lastTwo = position % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return "th";
        }
        return switch (position % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /** The ready-made phrases of a set ("training", "job"), in bundle order, as many as the bundle has. */
    static List<String> phrases(String set, ResourceBundle kiosk) {
        List<String> phrases = new ArrayList<>();
        for (int n = 1; ; n++) {
            try {
                phrases.add(kiosk.getString(PHRASE_PREFIX + set + "." + n));
            } catch (MissingResourceException end) {
                return phrases;
            }
        }
    }

    /** The bundle key of an offer's places: free places, a waiting list (training) or full for now (work). */
    static String placesKey(Offer offer) {
        if (offer.placesLeft() > 0) {
            return offer.placesLeft() == 1 ? "kiosk_requests_offers.placeLeft" : "kiosk_requests_offers.placesLeft";
        }
        return offer.kind().isTraining() ? "kiosk_requests_offers.fullWaitlist" : "kiosk_requests_offers.fullWork";
    }

    // What the views call, in the view's language.

    public String about(Request request) {
        return about(request.getType(), request.getActivity() == null ? null : request.getActivity().getTitle(),
                request.isAnyWork(), request.getTeam(), kiosk());
    }

    /** "Vous êtes 3e sur la liste d'attente." */
    public String waitlistPosition(int position) {
        return Placeholders.fill(kiosk().getString("kiosk_requests.waitlistPosition"), ordinal(position, locale()));
    }

    public String places(Offer offer) {
        return Placeholders.fill(kiosk().getString(placesKey(offer)), String.valueOf(offer.placesLeft()));
    }

    public List<String> phrases(String set) {
        return phrases(set, kiosk());
    }

    public int getTextMax() {
        return Request.TEXT_MAX;
    }

    /** The domain's own words for a text that is too long, for the views' length check. */
    public String getTooLong() {
        return BusinessMessages.text(new TextTooLongException(Request.TEXT_MAX), locale());
    }

    /** The id in a receipt number (a link from an offer to my request about it). */
    public Long idOfReceipt(String receipt) {
        return Request.idOfReceipt(receipt);
    }

    private static ResourceBundle kiosk() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "kiosk");
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
