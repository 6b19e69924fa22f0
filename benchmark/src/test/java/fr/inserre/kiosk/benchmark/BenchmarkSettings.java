package fr.inserre.kiosk.benchmark;

import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

/**
 * The run's parameters, read from system properties (mvn -Dusers=30 ... passes them to Gatling):
 * <ul>
 * <li>{@code peak}: which moment of the day is played, the defaults of {@code users} and {@code workshops} below:
 * {@code evening} (every cell kiosk, no workshop burst: the workers are back in their cells), {@code shift} (the
 * workshops' clock-in and clock-out bursts, no cell kiosk: the workers are at the workshop) or {@code both} (default:
 * both at once, the worst case, which no real day has: a worker cannot be at the workshop and in their cell);</li>
 * <li>{@code base.url}: the application, default {@code http://localhost:8080/inserre/} (the README's run command);</li>
 * <li>{@code establishments}: 0 (default) plays the demo establishment ARR; N plays the generated establishments
 * BN001 to BN00N of {@link GeneratedPopulation} (180 detainees each), which the benchmark profile creates first;</li>
 * <li>{@code users}: cell kiosks in use at the evening peak, one detainee each (at most the 120 demo detainees, or
 * 180 per generated establishment; default 30, or every detainee of the generated establishments);</li>
 * <li>{@code staff.users}: staff members working the back-office pages at the same time;</li>
 * <li>{@code ramp.seconds}: the window in which the kiosks and staff start;</li>
 * <li>{@code duration.seconds}: how long each of them keeps working after starting;</li>
 * <li>{@code pin}: the PIN the benchmark's detainees choose at their first login (and use afterwards);</li>
 * <li>{@code resources}: also fetch the pages' CSS, scripts and images like a browser (with its cache), default true;</li>
 * <li>{@code submit.probability}: the chance that a cell visit submits a request (a written request, or a training
 * when one is open to the person), default 0.2;</li>
 * <li>{@code managers}: managers working their team's request queue (filter, open, decide), default 2;</li>
 * <li>{@code rollcall.users}: supervisors taking a roll-call, one per generated establishment at most (default: one in
 * each; none in the demo establishment);</li>
 * <li>{@code workshops}: the workshop terminals' clock-in burst at the start and clock-out burst at the end
 * ({@link Shift}), default true with generated establishments (they need the shift the generator plans);</li>
 * <li>{@code workshop.queue}: how many workers clock in, one after the other, at each workshop terminal, default 6
 * (the generator gives each workshop one terminal per queue).</li>
 * </ul>
 */
record BenchmarkSettings(String baseUrl, int establishments, int users, int staffUsers, Duration ramp, Duration duration, String pin,
        boolean resources, double submitProbability, int managers, int rollCalls, boolean workshops, int workshopQueue) {


    /** The demo establishment has 120 present detainees, B100001 to B100120, one per cell from A-001. */
    static final int DEMO_DETAINEES = 120;
    static final String DEFAULT_PIN = "480517";

    BenchmarkSettings {
        if (!baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
        if (establishments < 0) {
            throw new IllegalArgumentException("establishments must not be negative, not " + establishments);
        }
        int detainees = establishments == 0 ? DEMO_DETAINEES : establishments * GeneratedPopulation.DETAINEES;
        if (users < 0 || users > detainees) {
            throw new IllegalArgumentException("users must be between 0 and " + detainees
                    + (establishments == 0 ? " (one demo detainee per cell kiosk; -Destablishments=N plays N generated"
                            + " establishments of " + GeneratedPopulation.DETAINEES + ")"
                            : " (one detainee per cell kiosk in " + establishments + " establishments)")
                    + ", not " + users);
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
        if (!(submitProbability >= 0 && submitProbability <= 1)) {
            throw new IllegalArgumentException("submit.probability must be between 0 and 1, not " + submitProbability);
        }
        int queues = ManagerChains.QUEUES.size() * Math.max(1, establishments);
        if (managers < 0 || managers > queues) {
            throw new IllegalArgumentException("managers must be between 0 and " + queues + " (one per team queue: "
                    + ManagerChains.QUEUES.size() + " teams per establishment), not " + managers);
        }
        if (rollCalls < 0 || rollCalls > establishments) {
            throw new IllegalArgumentException("rollcall.users must be between 0 and " + establishments
                    + " (one supervisor per generated establishment: the roll-call sheet comes from the generator's"
                    + " shift), not " + rollCalls);
        }
        if (workshops && establishments == 0) {
            throw new IllegalArgumentException("workshops=true needs generated establishments (-Destablishments=N): the"
                    + " generator plans the workshop sessions and terminals of the shift");
        }
        if (workshopQueue < 1) {
            throw new IllegalArgumentException("workshop.queue must be at least 1, not " + workshopQueue);
        }
    }

    /** Whether the run plays the generator's shift (workshop bursts or roll-calls). */
    boolean playsShift() {
        return workshops || rollCalls > 0;
    }

    /** The moment of the day a run plays: what {@code peak} sets by default. */
    enum Peak {
        EVENING, SHIFT, BOTH;

        static Peak of(String name) {
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("peak must be evening, shift or both, not " + name, e);
            }
        }
    }

    static BenchmarkSettings from(Properties p) {
        int establishments = Integer.parseInt(p.getProperty("establishments", "0"));
        Peak peak = Peak.of(p.getProperty("peak", "both"));
        if (peak == Peak.SHIFT && establishments == 0) {
            throw new IllegalArgumentException("peak=shift needs generated establishments (-Destablishments=N): the"
                    + " demo establishment has no workshop terminals of a shift");
        }
        String allKiosks = peak == Peak.SHIFT ? "0"
                : String.valueOf(establishments == 0 ? 30 : establishments * GeneratedPopulation.DETAINEES);
        return new BenchmarkSettings(
                p.getProperty("base.url", "http://localhost:8080/inserre/"),
                establishments,
                Integer.parseInt(p.getProperty("users", allKiosks)),
                Integer.parseInt(p.getProperty("staff.users", "2")),
                Duration.ofSeconds(Long.parseLong(p.getProperty("ramp.seconds", "60"))),
                Duration.ofSeconds(Long.parseLong(p.getProperty("duration.seconds", "120"))),
                p.getProperty("pin", DEFAULT_PIN),
                Boolean.parseBoolean(p.getProperty("resources", "true")),
                Double.parseDouble(p.getProperty("submit.probability", "0.2")),
                Integer.parseInt(p.getProperty("managers", "2")),
                Integer.parseInt(p.getProperty("rollcall.users", String.valueOf(establishments))),
                Boolean.parseBoolean(p.getProperty("workshops", String.valueOf(establishments > 0 && peak != Peak.EVENING))),
                Integer.parseInt(p.getProperty("workshop.queue", "6")));
    }

    @Override
    public String toString() {
        return "base.url=" + baseUrl + " establishments=" + establishments + " users=" + users + " staff.users=" + staffUsers + " ramp.seconds="
                + ramp.toSeconds() + " duration.seconds=" + duration.toSeconds() + " resources=" + resources
                + " submit.probability=" + submitProbability + " managers=" + managers + " rollcall.users=" + rollCalls
                + " workshops=" + workshops + " workshop.queue=" + workshopQueue;
    }
}
