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
 * The evening peak in the cells of the demo establishment: each cell kiosk starts (terminal credential),
 * then its detainee comes to it again and again until the end of the run (log in, home, Mon planning
 * this week and next, home, Quitter, then away for a while); meanwhile staff read who is expected
 * where and the activities. Any failed check or error response fails the run (assertion below).
 * Parameters: {@link BenchmarkSettings}.
 */
public class EveningPeakSimulation extends Simulation {

    private final BenchmarkSettings settings = BenchmarkSettings.from(System.getProperties());

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

        KioskChains kiosk = new KioskChains(settings.pin());
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

        List<PopulationBuilder> populations = new ArrayList<>();
        if (settings.users() > 0) {
            populations.add(cells.injectOpen(rampUsers(settings.users()).during(settings.ramp())));
        }
        if (settings.staffUsers() > 0) {
            populations.add(office.injectOpen(rampUsers(settings.staffUsers()).during(settings.ramp())));
        }
        ThinkTimes.apply(setUp(populations)
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L)), System.getProperties());
    }
}
