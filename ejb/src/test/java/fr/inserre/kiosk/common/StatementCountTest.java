package fr.inserre.kiosk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StatementCountTest {

    private final StatementCountInspector inspector = new StatementCountInspector();

    @AfterEach
    void closeCount() {
        StatementCount.close();
    }

    @Test
    void countsTheStatementsOfItsThread_whileOpen_andLeavesThemUnchanged() throws Exception {
        AtomicInteger count = StatementCount.open();
        assertEquals("select 1", inspector.inspect("select 1"));
        inspector.inspect("select 2");
        Thread other = new Thread(() -> inspector.inspect("select 3"));
        other.start();
        other.join();
        assertEquals(2, count.get(), "another thread's statement is not this request's");

        StatementCount.close();
        inspector.inspect("select 4");
        assertEquals(2, count.get(), "closed: the count is final");
    }

    @Test
    void countsNothing_whenNoCountIsOpen() {
        assertEquals("select 1", inspector.inspect("select 1"));
        AtomicInteger count = StatementCount.open();
        assertEquals(0, count.get(), "a new count starts from 0");
    }
}
