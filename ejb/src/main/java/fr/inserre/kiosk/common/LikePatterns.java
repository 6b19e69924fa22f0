package fr.inserre.kiosk.common;

/** LIKE patterns built from what a user typed: their own % and _ are taken literally. */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** "starts with" the typed value (stripped). */
    public static String startsWith(String typed) {
        return escaped(typed) + "%";
    }

    /** "contains" the typed value (stripped). */
    public static String contains(String typed) {
        return "%" + escaped(typed) + "%";
    }

    private static String escaped(String typed) {
        return typed.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
