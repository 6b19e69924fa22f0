package fr.inserre.kiosk.common;

import java.util.List;

/** One page of a list, with the total number of rows that match the same filters. */
public record Page<T>(List<T> rows, long total) {

    public Page {
        rows = List.copyOf(rows);
    }
}
