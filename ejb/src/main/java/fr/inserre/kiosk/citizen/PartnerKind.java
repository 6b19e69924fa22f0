package fr.inserre.kiosk.citizen;

/** What kind of organisation a partner is; it gives the partner its pictogram on the kiosk. */
public enum PartnerKind {
    FRANCE_TRAVAIL("pi-briefcase"),
    /** Mission locale: young people under 26. */
    MISSION_LOCALE("pi-compass"),
    /** Caisse d'allocations familiales. */
    CAF("pi-users"),
    /** Caisse primaire d'assurance maladie. */
    CPAM("pi-heart"),
    /** Point d'accès au droit: lawyers, legal aid. */
    LEGAL_AID("pi-shield"),
    /** SIAO and housing services. */
    HOUSING("pi-home"),
    /** A bank's basic account service. */
    BANK("pi-wallet"),
    /** Préfecture (residence permits), through the SPIP. */
    PREFECTURE("pi-id-card"),
    /** Associations for family ties. */
    FAMILY("pi-heart-fill"),
    OTHER("pi-info-circle");

    private final String pictogram;

    PartnerKind(String pictogram) {
        this.pictogram = pictogram;
    }

    /** The PrimeIcons class shown beside the partner, e.g. {@code pi-briefcase}. */
    public String getPictogram() {
        return pictogram;
    }
}
