package fr.inserre.kiosk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        StatementCount count = StatementCount.open();
        assertEquals("select t1_0.id from terminal t1_0", inspector.inspect("select t1_0.id from terminal t1_0"));
        inspector.inspect("update terminal set last_seen_at=? where id=?");
        Thread other = new Thread(() -> inspector.inspect("select 3"));
        other.start();
        other.join();
        assertEquals(2, count.statements(), "another thread's statement is not this request's");
        assertEquals(1, count.writes());

        StatementCount.close();
        inspector.inspect("select 4");
        assertEquals(2, count.statements(), "closed: the count is final");
    }

    @Test
    void countsNothing_whenNoCountIsOpen() {
        assertEquals("select 1", inspector.inspect("select 1"));
        StatementCount count = StatementCount.open();
        assertEquals(0, count.statements(), "a new count starts from 0");
        assertEquals(0, count.writes());
    }

    @Test
    void writes_areInsertsUpdatesAndDeletes() {
        assertTrue(StatementCount.isWrite("insert into audit_record (at) values (?)"));
        assertTrue(StatementCount.isWrite(" UPDATE terminal set last_seen_at=?"));
        assertTrue(StatementCount.isWrite("delete from notification where id=?"));
        assertFalse(StatementCount.isWrite("select d1_0.id from detainee d1_0"));
        assertFalse(StatementCount.isWrite("with recursive x as (select 1) select * from x"));
        assertFalse(StatementCount.isWrite("(select 1) union (select 2)"));
    }
}
