package fr.inserre.kiosk.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The small HTTP API that terminals use (enrolment, launch tickets, heartbeats), under /api. Resources are discovered. */
@ApplicationPath("/api")
public class ApiApplication extends Application {
}
