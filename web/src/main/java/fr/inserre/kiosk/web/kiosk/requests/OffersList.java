package fr.inserre.kiosk.web.kiosk.requests;

import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.request.MyRequestsService;
import fr.inserre.kiosk.request.Offer;
import fr.inserre.kiosk.web.common.LanguageSelection;
import fr.inserre.kiosk.web.common.Messages;
import jakarta.inject.Inject;
import java.util.List;

/**
 * What "Formations" and "Travail" share: the open activities of one kind, each with its places left
 * and what I already have to do with it (my pending request, or I am already on it), described in my
 * language (or the French fallback, labelled).
 */
abstract class OffersList {

    @Inject
    MyRequestsService requests;

    @Inject
    Messages messages;

    @Inject
    LanguageSelection languages;

    private List<Offer> offers = List.of();

    void load(boolean training) {
        try {
            offers = requests.offers(training, languages.getKioskLanguage());
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    public List<Offer> getOffers() {
        return offers;
    }
}
