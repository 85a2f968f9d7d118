package kg.servers;

import java.io.InputStream;

import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * An Apache Jena Fuseki server for integration tests.
 *
 * <p>Usage: {@code java -jar target/fuseki-server.jar PORT}. It listens on 127.0.0.1:PORT (0 picks a
 * free port) and serves one in-memory dataset, {@code /kg}, open to queries and updates. When ready
 * it prints one line, {@code SPARQL http://127.0.0.1:PORT/kg}; it stops when stdin closes or on
 * SIGTERM, and exits with status 1 if it cannot start.
 */
public final class FusekiServer {
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: FusekiServer PORT");
            System.exit(2);
        }
        try {
            System.out.println("SPARQL " + start(Integer.parseInt(args[0])));
        } catch (Exception e) {
            e.printStackTrace();
            System.err.println("cannot start: " + e);
            System.exit(1);
        }
        System.out.flush();
        drain(System.in);
        System.exit(0);
    }

    private static String start(int port) {
        var server = org.apache.jena.fuseki.main.FusekiServer.create()
                .loopback(true)
                .port(port)
                .add("/kg", DatasetGraphFactory.createTxnMem(), true)
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        server.start();
        return "http://127.0.0.1:" + server.getHttpPort() + "/kg";
    }

    private static void drain(InputStream in) throws Exception {
        byte[] buffer = new byte[256];
        while (in.read(buffer) >= 0) {
            // wait for end of input
        }
    }
}
