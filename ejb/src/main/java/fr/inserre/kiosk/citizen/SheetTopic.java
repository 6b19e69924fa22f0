package fr.inserre.kiosk.citizen;

/** What a sheet is about; the kiosk shows one tile per topic that has published sheets. */
public enum SheetTopic {
    IDENTITY("pi-id-card"),
    HEALTH_INSURANCE("pi-heart"),
    FAMILY_BENEFITS("pi-users"),
    /** Employment and France Travail registration. */
    EMPLOYMENT("pi-briefcase"),
    HOUSING("pi-home"),
    BANKING("pi-wallet"),
    VOTING("pi-check-square"),
    LEGAL_AID("pi-shield"),
    DEBTS("pi-euro"),
    FOREIGNERS_RIGHTS("pi-globe"),
    OTHER("pi-info-circle");

    private final String pictogram;

    SheetTopic(String pictogram) {
        this.pictogram = pictogram;
    }

    /** The topic's tile pictogram (PrimeIcons class). */
    public String getPictogram() {
        return pictogram;
    }
}
