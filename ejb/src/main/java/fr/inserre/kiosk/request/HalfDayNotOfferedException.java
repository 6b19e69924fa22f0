package fr.inserre.kiosk.request;

import fr.inserre.kiosk.common.BusinessException;
import java.time.LocalDate;

/** A proposed half-day is in the past, on a weekend, or too far ahead. */
public class HalfDayNotOfferedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public HalfDayNotOfferedException(LocalDate day) {
        super("request.halfDays.notOffered", day);
    }
}
