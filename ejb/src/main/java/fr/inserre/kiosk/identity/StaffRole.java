package fr.inserre.kiosk.identity;

/** What a staff member may do; a person may hold several roles. */
public enum StaffRole {
    /** Surveillant, chef d'atelier, formateur: attendance, timesheets, who is expected where. */
    SUPERVISOR,
    /** Responsable du travail: work activities, job requests. */
    WORK_MANAGER,
    /** Responsable de formation: training activities, enrolment requests. */
    TRAINING_MANAGER,
    /** CPIP (SPIP): the detainee's path, appointments, release preparation. */
    PROBATION_OFFICER,
    /** France Travail, CAF, CPAM...: own appointment slots only. */
    PARTNER,
    /** Direction: indicators, commission decisions, configuration. */
    DIRECTION,
    /** Informatique: terminals and kiosk configuration. */
    IT_ADMIN
}
