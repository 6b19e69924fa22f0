package fr.inserre.kiosk.benchmark;

import java.time.Duration;
import java.util.Properties;

/**
 * The run's parameters, read from system properties (mvn -Dusers=30 ... passes them to Gatling):
 * <ul>
 * <li>{@code base.url}: the application, default {@code http://localhost:8080/inserre/} (the README's run command);</li>
 * <li>{@code users}: cell kiosks in use at the evening peak, one detainee each (at most the 120 demo detainees);</li>
 * <li>{@code staff.users}: staff members working the back-office pages at the same time;</li>
 * <li>{@code ramp.seconds}: the window in which the kiosks and staff start;</li>
 * <li>{@code duration.seconds}: how long each of them keeps working after starting;</li>
 * <li>{@code pin}: the PIN the benchmark's detainees choose at their first login (and use afterwards);</li>
 * <li>{@code resources}: also fetch the pages' CSS, scripts and images like a browser (with its cache), default true.</li>
 * </ul>
 */
record BenchmarkSettings(String baseUrl, int users, int staffUsers, Duration ramp, Duration duration, String pin,
        boolean resources) {

    /** The demo establishment has 120 present detainees, B100001 to B100120, one per cell from A-001. */
    static final int DEMO_DETAINEES = 120;

    BenchmarkSettings {
        if (!baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
        if (users < 0 || users > DEMO_DETAINEES) {
            throw new IllegalArgumentException("users must be between 0 and " + DEMO_DETAINEES
                    + " (one demo detainee per cell kiosk; the generator for more establishments is not written yet), not "
                    + users);
        }
        if (staffUsers < 0) {
            throw new IllegalArgumentException("staff.users must not be negative, not " + staffUsers);
        }
        if (ramp.isNegative() || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("ramp.seconds must be >= 0 and duration.seconds > 0");
        }
        if (!pin.matches("\\d{6}") || "246810".equals(pin)) {
            throw new IllegalArgumentException("pin must be six digits other than the demo's first PIN 246810");
        }
    }

    static BenchmarkSettings from(Properties p) {
        return new BenchmarkSettings(
                p.getProperty("base.url", "http://localhost:8080/inserre/"),
                Integer.parseInt(p.getProperty("users", "30")),
                Integer.parseInt(p.getProperty("staff.users", "2")),
                Duration.ofSeconds(Long.parseLong(p.getProperty("ramp.seconds", "60"))),
                Duration.ofSeconds(Long.parseLong(p.getProperty("duration.seconds", "120"))),
                p.getProperty("pin", "480517"),
                Boolean.parseBoolean(p.getProperty("resources", "true")));
    }

    @Override
    public String toString() {
        return "base.url=" + baseUrl + " users=" + users + " staff.users=" + staffUsers + " ramp.seconds="
                + ramp.toSeconds() + " duration.seconds=" + duration.toSeconds() + " resources=" + resources;
    }
}
