package fr.inserre.kiosk.citizen.release;

/**
 * What an item of the release checklist is about. The standard kinds are worded on the kiosk in the
 * reader's language (with a pictogram); {@link #OTHER} carries the label staff wrote.
 */
public enum ReleaseItemKind {
    /** Carte d'identité or passport (or a residence permit, through the SPIP). */
    IDENTITY_DOCUMENT,
    /** Carte Vitale, health insurance rights open. */
    HEALTH_INSURANCE,
    /** A bank account and its RIB. */
    BANK_ACCOUNT,
    /** A CV (the kiosk builds one from the record). */
    CV,
    /** France Travail (or Mission locale) registration. */
    EMPLOYMENT_REGISTRATION,
    /** Somewhere to live on the day of release (family, SIAO, hostel...). */
    HOUSING,
    /** Health follow-up outside (doctor, treatment). */
    HEALTH_FOLLOW_UP,
    /** How to get there on the day. */
    TRANSPORT,
    /** Anything else the establishment asks, in its own words. */
    OTHER
}
