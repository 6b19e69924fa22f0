package fr.inserre.kiosk.admission;

import fr.inserre.kiosk.detainee.ReleaseReason;

/** The status column of the roster: the person is here, released, or transferred elsewhere. */
public enum RosterStatus {
    PRESENT("PRESENT", null),
    RELEASED("LIBERE", ReleaseReason.RELEASED),
    TRANSFERRED("TRANSFERE", ReleaseReason.TRANSFERRED);

    private final String code;
    private final ReleaseReason releaseReason;

    RosterStatus(String code, ReleaseReason releaseReason) {
        this.code = code;
        this.releaseReason = releaseReason;
    }

    /** As written in the file (accents and case ignored: "Libéré", "libere" and "LIBERE" are the same). */
    public String code() {
        return code;
    }

    /** Why the person left; null for PRESENT. */
    public ReleaseReason releaseReason() {
        return releaseReason;
    }

    static RosterStatus parse(String value) {
        String plain = java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toUpperCase(java.util.Locale.ROOT);
        if (plain.equals("LIBEREE")) {
            plain = "LIBERE";
        } else if (plain.equals("TRANSFEREE")) {
            plain = "TRANSFERE";
        }
        for (RosterStatus status : values()) {
            if (status.code.equals(plain)) {
                return status;
            }
        }
        return null;
    }
}
