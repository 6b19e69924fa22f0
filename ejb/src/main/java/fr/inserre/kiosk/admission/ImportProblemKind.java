package fr.inserre.kiosk.admission;

/**
 * What can be wrong in a roster file. Each has a sentence in plain words in the domain's messages
 * ({@code roster.problem.<KIND>}), with {0} the line, {1} the column's name, {2} the value found and
 * {3} a detail (the other line, the expected format...).
 */
public enum ImportProblemKind {
    /** Not a text file (a spreadsheet, a PDF, an image...). Stops the reading. */
    NOT_TEXT,
    /** Nothing in the file, or only the first line. */
    EMPTY_FILE,
    /** Over the size limit. Stops the reading. */
    TOO_LARGE,
    /** Not UTF-8 (often Latin-1/Windows-1252). Stops the reading. */
    BAD_ENCODING,
    /** Fields separated by commas or tabs instead of semicolons. Stops the reading. */
    BAD_SEPARATOR,
    /** A required column is not named in the first line. */
    MISSING_COLUMN,
    /** A line with fewer or more fields than the first line (often a truncated line). */
    FIELD_COUNT,
    /** A quote opened and not closed on the line. */
    UNCLOSED_QUOTE,
    /** A required field is empty. */
    MISSING_FIELD,
    /** A field longer than the system keeps. */
    TOO_LONG,
    /** A prison number with other characters than letters, digits and hyphens. */
    BAD_PRISON_NUMBER,
    /** Not a DD/MM/YYYY date, or not a real day. */
    BAD_DATE,
    /** A date that cannot be true here (birth after entry, exit after today). */
    IMPOSSIBLE_DATE,
    /** A status other than PRESENT, LIBERE, TRANSFERE. */
    BAD_STATUS,
    /** A release date (expected or actual) before the entry date. */
    RELEASE_BEFORE_ENTRY,
    /** The same prison number on two lines. */
    DUPLICATE_PRISON_NUMBER,
    /** No cell with this label in the establishment. */
    UNKNOWN_CELL,
    /** The cell exists but is out of service: reopened first, or the line is wrong. */
    CLOSED_CELL,
    /** After the import, two people would be in the same cell. */
    CELL_TAKEN,
    /** The file says present, but this prison number was released: a released record is read-only. */
    ALREADY_RELEASED
}
