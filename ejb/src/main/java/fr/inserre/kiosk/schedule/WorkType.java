package fr.inserre.kiosk.schedule;

/** The three regimes of work in a French prison (atelier en production, service général, concession). */
public enum WorkType {
    WORKSHOP, GENERAL_SERVICE, CONCESSION
}
