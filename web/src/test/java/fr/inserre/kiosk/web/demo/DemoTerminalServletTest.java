package fr.inserre.kiosk.web.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.inserre.kiosk.demo.DemoMode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Outside demo mode, the demo terminal entry answers 404 like an unknown address, whatever is asked,
 * and touches nothing: no service is called (the servlet here has none, a call would fail), no
 * cookie is set, nobody is redirected.
 */
class DemoTerminalServletTest {

    private final List<String> responseCalls = new ArrayList<>();

    @AfterEach
    void clearProperty() {
        System.clearProperty(DemoMode.PROPERTY);
    }

    private HttpServletRequest request(String code) {
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getParameter" -> Map.of("code", code == null ? "" : code).get(args[0]);
                    case "getContextPath" -> "/inserre";
                    default -> throw new AssertionError("request." + method.getName() + " called");
                });
    }

    private HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    responseCalls.add(method.getName() + (args == null ? "" : List.of(args)));
                    return null;
                });
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"BORNE-ARR-A-001", "BORNE-ARR-EC-1", "anything"})
    void get_answers404AndDoesNothingElse_whenDemoModeIsOff(String code) throws Exception {
        System.setProperty(DemoMode.PROPERTY, "false");

        new DemoTerminalServlet().doGet(request(code), response());

        assertEquals(List.of("sendError[404]"), responseCalls);
    }

    @Test
    void get_answers404_whenTheDemoPropertyIsAbsent_asOnAProductionServer() throws Exception {
        System.clearProperty(DemoMode.PROPERTY);
        assertFalse(DemoMode.isOn());

        new DemoTerminalServlet().doGet(request("BORNE-ARR-A-001"), response());

        assertEquals(List.of("sendError[404]"), responseCalls);
    }
}
