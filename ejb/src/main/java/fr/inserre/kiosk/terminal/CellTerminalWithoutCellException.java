package fr.inserre.kiosk.terminal;

import fr.inserre.kiosk.common.BusinessException;

/** A CELL terminal must be bound to a cell. */
public class CellTerminalWithoutCellException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CellTerminalWithoutCellException(String code) {
        super("terminal.cell.missing", code);
    }
}
