package fr.inserre.kiosk.citizen;

/**
 * The pictograms a sheet may carry: PrimeIcons (bundled with PrimeFaces, so available offline) chosen
 * for the espace citoyen's subjects. Staff pick one from this list; nothing else is stored.
 */
public enum SheetPictogram {
    ID_CARD("pi-id-card"),
    HEART("pi-heart"),
    USERS("pi-users"),
    BRIEFCASE("pi-briefcase"),
    HOME("pi-home"),
    WALLET("pi-wallet"),
    CREDIT_CARD("pi-credit-card"),
    BANK("pi-building-columns"),
    VOTE("pi-check-square"),
    SHIELD("pi-shield"),
    EURO("pi-euro"),
    GLOBE("pi-globe"),
    FILE("pi-file"),
    GRADUATION_CAP("pi-graduation-cap"),
    PHONE("pi-phone"),
    CAR("pi-car"),
    INFO("pi-info-circle");

    private final String cssClass;

    SheetPictogram(String cssClass) {
        this.cssClass = cssClass;
    }

    /** The PrimeIcons class, e.g. {@code pi-id-card}. */
    public String getCssClass() {
        return cssClass;
    }
}
