package fr.inserre.kiosk.admission;

import java.time.LocalDate;

/**
 * The admission slip handed to the person: who they are here, their cell, their badge and the
 * initial PIN (in clear, this once; the server keeps only its hash). Not to be stored or logged.
 */
public record AdmissionSlip(long detaineeId, String establishmentName, String prisonNumber, String displayName,
        String cellLabel, LocalDate entryDate, String badgeNumber, String initialPin) {

    @Override
    public String toString() {
        return "AdmissionSlip[" + prisonNumber + ", badge " + badgeNumber + "]";
    }
}
