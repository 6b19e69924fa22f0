package fr.inserre.kiosk.detainee;

/** Why a detainee left the establishment. */
public enum ReleaseReason {
    /** Libération: the person is free (end of sentence, adjustment of sentence, release on licence). */
    RELEASED,
    /** Transfert: the person continues their sentence in another prison. */
    TRANSFERRED
}
