package fr.inserre.kiosk.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Which slice of a list a screen asks for; the size is bounded so no screen loads a whole table. */
public record PageRequest(@Min(0) int first, @Min(1) @Max(MAX_SIZE) int size, String sortField, boolean ascending) {

    public static final int MAX_SIZE = 200;
}
