package fr.inserre.kiosk.admission;

import java.io.Serializable;

/**
 * One problem of a roster file, where it is (line from 1, the first line being the column names;
 * column null when the whole line or file is at fault) and the value found.
 */
public record ImportProblem(int line, RosterColumn column, ImportProblemKind kind, String value, String detail)
        implements Serializable {

    /** The message key of the problem's sentence, in the domain's messages. */
    public String messageKey() {
        return "roster.problem." + kind.name();
    }

    /** The message's arguments: line, column name, value, detail. */
    public Object[] arguments() {
        return new Object[] {line, column == null ? "" : column.header(), value == null ? "" : value,
            detail == null ? "" : detail};
    }
}
