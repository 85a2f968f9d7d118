package kg.servers;

import java.io.InputStream;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * An in-process Neo4j Community server for integration tests.
 *
 * <p>Usage: {@code java -jar target/neo4j-server.jar PORT PASSWORD}. Bolt listens on 127.0.0.1:PORT
 * (0 picks a free port), HTTP is off, and user {@code neo4j} has PASSWORD (at least 8 characters).
 * The data lives in a directory under {@code java.io.tmpdir}. When ready it prints one line,
 * {@code BOLT bolt://127.0.0.1:PORT}; it stops when stdin closes or on SIGTERM, and exits with
 * status 1 if it cannot start.
 */
public final class Neo4jServer {
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: Neo4jServer PORT PASSWORD");
            System.exit(2);
        }
        try {
            System.out.println("BOLT " + start(Integer.parseInt(args[0]), args[1]));
        } catch (Exception e) {
            e.printStackTrace();
            System.err.println("cannot start: " + e);
            System.exit(1);
        }
        System.out.flush();
        drain(System.in);
        System.exit(0);
    }

    private static String start(int port, String password) {
        Neo4j neo4j = Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer()
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .withConfig(GraphDatabaseSettings.auth_enabled, true)
                .withConfig(GraphDatabaseSettings.udc_enabled, false)
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close));
        neo4j.databaseManagementService().database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                .executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                        Map.of("password", password));
        return "bolt://127.0.0.1:" + neo4j.boltURI().getPort();
    }

    private static void drain(InputStream in) throws Exception {
        byte[] buffer = new byte[256];
        while (in.read(buffer) >= 0) {
            // wait for end of input
        }
    }
}
