package fr.inserre.kiosk.schedule;

/** Pay class of a work activity, used by the hours and pay feature (production, or general-service class I, II or III). */
public enum PayClass {
    PRODUCTION, CLASS_I, CLASS_II, CLASS_III
}
