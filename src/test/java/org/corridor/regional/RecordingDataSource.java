package org.corridor.regional;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * For the regional overview bench only (not a test): the application's data source, passed through unchanged, except
 * that while {@link #record} runs on a thread it notes every statement that thread executes, with the calls that set its
 * parameters, so that the bench can run the very same statements again directly through JDBC.
 */
final class RecordingDataSource extends DelegatingDataSource {

    /** A statement as the application ran it: its SQL, and the calls (setObject, setString, …) made before executing. */
    record Recorded(String sql, List<Call> calls) {

        /** Runs it again on the connection and reads every column of every row; returns the number of rows. */
        long replay(Connection connection) throws SQLException {
            if (calls == null) {
                try (Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery(sql)) {
                    return readAll(rows);
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (Call call : calls) {
                    try {
                        call.method().invoke(statement, call.args());
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        throw new IllegalStateException("Could not replay " + call.method().getName() + " on " + sql, e);
                    }
                }
                try (ResultSet rows = statement.executeQuery()) {
                    return readAll(rows);
                }
            }
        }

        private static long readAll(ResultSet rows) throws SQLException {
            int columns = rows.getMetaData().getColumnCount();
            long n = 0;
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    rows.getObject(i);
                }
                n++;
            }
            return n;
        }
    }

    record Call(Method method, Object[] args) {
    }

    private final ThreadLocal<List<Recorded>> recording = new ThreadLocal<>();

    RecordingDataSource(DataSource target) {
        super(target);
    }

    interface Work {
        void run() throws Exception;
    }

    /** Runs the work and returns the statements it executed on this thread, in order. */
    List<Recorded> record(Work work) throws Exception {
        List<Recorded> statements = new ArrayList<>();
        recording.set(statements);
        try {
            work.run();
        } finally {
            recording.remove();
        }
        return statements;
    }

    /** The pool's own close, which the bean's destroy method names. */
    public void close() throws Exception {
        if (getTargetDataSource() instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connection(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return connection(super.getConnection(username, password));
    }

    private Connection connection(Connection target) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            List<Recorded> statements = recording.get();
            if (statements == null) {
                return result;
            }
            if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement prepared) {
                return statement(prepared, (String) args[0], statements, PreparedStatement.class);
            }
            if (method.getName().equals("createStatement") && result instanceof Statement plain) {
                return statement(plain, null, statements, Statement.class);
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                handler);
    }

    private static Object statement(Statement target, String sql, List<Recorded> statements, Class<?> type) {
        List<Call> calls = new ArrayList<>();
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.startsWith("set") || name.equals("clearParameters")) {
                calls.add(new Call(method, args == null ? new Object[0] : args.clone()));
            } else if (name.startsWith("execute")) {
                if (args == null || args.length == 0) {
                    statements.add(new Recorded(sql, List.copyOf(calls)));
                } else {
                    statements.add(new Recorded((String) args[0], null));
                }
            }
            return invoke(target, method, args);
        };
        return Proxy.newProxyInstance(RecordingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
