package fr.inserre.kiosk.common;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Hibernate's statement inspector (persistence.xml), called for every statement Hibernate prepares: the
 * same events as its statistics' prepared-statement count. Adds each to the current thread's
 * {@link StatementCount} when one is open, and leaves the SQL as it is.
 */
public class StatementCountInspector implements StatementInspector {

    private static final long serialVersionUID = 1L;

    @Override
    public String inspect(String sql) {
        StatementCount.add(sql);
        return sql;
    }
}
