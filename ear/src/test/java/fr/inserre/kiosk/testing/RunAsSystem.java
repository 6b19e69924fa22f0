package fr.inserre.kiosk.testing;

import jakarta.enterprise.inject.spi.CDI;
import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * For in-container tests of services that only IT or the application itself may call: runs each
 * test method and its set-up with the SYSTEM role (through {@link AsSystem}). Declare it after
 * {@code ArquillianExtension}, so that it only acts inside the server.
 */
public class RunAsSystem implements InvocationInterceptor {

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
            ExtensionContext extension) throws Throwable {
        asSystem(invocation);
    }

    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
            ExtensionContext extension) throws Throwable {
        asSystem(invocation);
    }

    private static void asSystem(Invocation<Void> invocation) throws Throwable {
        try {
            CDI.current().select(AsSystem.class).get().call(() -> {
                try {
                    return invocation.proceed();
                } catch (Exception | Error e) {
                    throw e;
                } catch (Throwable t) {
                    throw new IllegalStateException(t);
                }
            });
        } catch (jakarta.ejb.EJBException wrapped) {
            throw wrapped.getCause() instanceof AssertionError assertion ? assertion : wrapped;
        }
    }
}
