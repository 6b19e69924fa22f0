package fr.inserre.kiosk.benchmark;

import static io.gatling.javaapi.core.CoreDsl.AllowList;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The evening peak in the cells: each cell kiosk starts (terminal credential), then its detainee comes to it
 * again and again until the end of the run (log in, home, Mon planning this week and next, Mes heures, Mes
 * demandes, sometimes a request submitted, home, Quitter, then away for a while); meanwhile staff read who is
 * expected where and the activities, managers work their request queues, and, in generated establishments,
 * supervisors take a roll-call and the workshop terminals see a clock-in burst at the start of the shift's
 * session and a clock-out burst at its end ({@link Shift}). Any failed check or error response fails the run
 * (assertion below). Parameters: {@link BenchmarkSettings}; populations: benchmark/README.md.
 */
public class EveningPeakSimulation extends Simulation {

    /** The window in which the workshop terminals' first workers step up, at the start of the run. */
    static final Duration WORKSHOP_ARRIVALS = Duration.ofSeconds(20);
    /** About how long one worker's turn at a workshop terminal lasts (log in, clock, read, leave). */
    static final Duration WORKSHOP_TURN = Duration.ofSeconds(12);

    private final BenchmarkSettings settings = BenchmarkSettings.from(System.getProperties());
    private final long started = System.currentTimeMillis();

    {
        System.out.println("Evening peak: " + settings);
        HttpProtocolBuilder protocol = http.baseUrl(settings.baseUrl())
                .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("fr-FR,fr;q=0.9")
                .acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) InSERRE-Kiosk-benchmark Chrome/130");
        if (settings.resources()) {
            // CSS, scripts, fonts and images of each page, like Chromium, with its cache (per virtual user)
            protocol = protocol.inferHtmlResources(AllowList(".*/inserre/.*"));
        }
        protocol = StatementBound.apply(protocol, System.getProperties(), settings.baseUrl());

        KioskChains kiosk = new KioskChains(settings.pin(), settings.submitProbability());
        boolean generated = settings.establishments() > 0;
        ScenarioBuilder cells = scenario("Evening in cells")
                .feed(generated ? GeneratedPopulation.detainees(settings.establishments(), settings.users())
                        : DemoPopulation.detainees(settings.users()))
                .exec(generated ? kiosk.launchTerminal() : kiosk.startTerminal())
                .exitHereIfFailed()
                .exec(during(settings.duration(), false).on(
                        kiosk.visit()
                                // the person is away from the kiosk before the next visit
                                .pause(Duration.ofSeconds(20), Duration.ofSeconds(60))));

        // during(..., false): a visit under way at the end of the duration finishes (logs out) instead of stopping mid-way
        StaffChains staff = new StaffChains();
        ScenarioBuilder office = scenario("Staff in the evening")
                .feed(generated ? GeneratedPopulation.staff(settings.establishments(), settings.staffUsers())
                        : DemoPopulation.staff(settings.staffUsers()))
                .exec(staff.logIn())
                .exec(during(settings.duration(), false).on(staff.work()))
                .exec(staff.logOut());

        ScenarioBuilder queues = scenario("Managers at their request queues")
                .feed(generated ? GeneratedPopulation.managers(settings.establishments(), settings.managers())
                        : DemoPopulation.managers(settings.managers()))
                .exec(staff.logIn())
                .exec(during(settings.duration(), false).on(new ManagerChains().work()))
                .exec(staff.logOut());

        List<PopulationBuilder> populations = new ArrayList<>();
        if (generated && settings.playsShift()) {
            Shift shift = Shift.takeFor(settings);
            System.out.println("Shift planned at " + shift.planned() + ": workshop sessions " + shift.start() + " to "
                    + shift.end() + ", " + shift.terminals().size() + " workshop terminals, " + shift.workers()
                    + " workers, " + shift.rollCalls().size() + " roll-call sheets");
            if (settings.rollCalls() > 0) {
                ScenarioBuilder rollCall = scenario("Supervisors' roll-call")
                        .feed(shift.rollCallFeeder())
                        .exec(staff.logIn())
                        .exec(during(settings.duration(), false).on(new RollCallChains().work()))
                        .exec(staff.logOut());
                populations.add(rollCall.injectOpen(rampUsers(settings.rollCalls()).during(settings.ramp())));
            }
            if (settings.workshops() && !shift.terminals().isEmpty()) {
                populations.add(workshops(kiosk, shift).injectOpen(rampUsers(shift.terminals().size())
                        .during(min(settings.ramp(), WORKSHOP_ARRIVALS))));
            }
        }
        if (settings.users() > 0) {
            populations.add(cells.injectOpen(rampUsers(settings.users()).during(settings.ramp())));
        }
        if (settings.staffUsers() > 0) {
            populations.add(office.injectOpen(rampUsers(settings.staffUsers()).during(settings.ramp())));
        }
        if (settings.managers() > 0) {
            populations.add(queues.injectOpen(rampUsers(settings.managers()).during(settings.ramp())));
        }
        ThinkTimes.apply(setUp(populations)
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L)), System.getProperties());
    }

    /**
     * The workshop terminals of the shift: each starts (launcher ticket, browser), its queue clocks in at the start,
     * then it waits so that its queue clocks out by about the end of the run (the cells' ramp and duration).
     */
    private ScenarioBuilder workshops(KioskChains kiosk, Shift shift) {
        WorkshopChains workshop = new WorkshopChains(kiosk);
        long clockOutAt = started + settings.ramp().plus(settings.duration())
                .minus(WORKSHOP_TURN.multipliedBy(settings.workshopQueue())).toMillis();
        return scenario("Workshop terminals")
                .feed(shift.terminalFeeder())
                .exec(kiosk.launchTerminal())
                .exitHereIfFailed()
                .exec(workshop.clockInBurst())
                .exec(WorkshopChains.waitUntil(clockOutAt))
                .exec(workshop.clockOutBurst());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
