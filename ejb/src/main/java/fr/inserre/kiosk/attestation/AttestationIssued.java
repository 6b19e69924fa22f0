package fr.inserre.kiosk.attestation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Fired in the transaction of a staff member's issue of an attestation (not of the one issued at a release):
 * what asked for it, if anything, is answered with it (the request feature observes it).
 */
public record AttestationIssued(long detaineeId, String code, LocalDate from, LocalDate to, String issuerLogin,
        String issuerName, Instant at) {
}
