package fr.inserre.kiosk.admission;

/**
 * The columns of the roster export of the national prison-management system, as this import reads
 * them. The first line of the file names the columns (in any order, case ignored; other columns are
 * ignored); fields are separated by semicolons, may be quoted with double quotes ({@code ""} inside
 * quotes is one quote); dates are written DD/MM/YYYY; the file is UTF-8 (a byte-order mark is
 * accepted). See {@link RosterParser} for the whole format and {@link RosterStatus} for the statuses.
 */
public enum RosterColumn {
    /** Numéro d'écrou: letters, digits, hyphens, up to 16; unique in the file. Required. */
    PRISON_NUMBER("numero_ecrou"),
    /** Nom. Required. */
    LAST_NAME("nom"),
    /** Prénom. Required. */
    FIRST_NAME("prenom"),
    /** Date de naissance, DD/MM/YYYY, not after the entry date. Required. */
    BIRTH_DATE("date_naissance"),
    /** Cellule: label of a cell of the establishment. Required for a present person, else ignored. */
    CELL("cellule"),
    /** Date d'entrée (écrou), DD/MM/YYYY. Required. */
    ENTRY_DATE("date_entree"),
    /** Date de libération prévue, DD/MM/YYYY, not before the entry date. Optional. */
    EXPECTED_RELEASE_DATE("date_liberation_prevue"),
    /** Statut: PRESENT, LIBERE or TRANSFERE. Required. */
    STATUS("statut"),
    /** Date de sortie, DD/MM/YYYY, not before the entry date nor after today. Required when LIBERE or TRANSFERE. */
    EXIT_DATE("date_sortie");

    private final String header;

    RosterColumn(String header) {
        this.header = header;
    }

    /** The column's name in the file's first line. */
    public String header() {
        return header;
    }
}
