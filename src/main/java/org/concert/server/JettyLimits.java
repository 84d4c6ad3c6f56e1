package org.concert.server;

import java.time.Duration;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/** What Jetty itself is told, so that no client can hold the server: address, idle and data-rate limits, admission, body size. */
final class JettyLimits {
    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
    private static final long MIN_REQUEST_BYTES_PER_SECOND = 1024;

    private JettyLimits() {
    }

    static void apply(Server jetty, String host, int running, int queued, Duration maxWait, long maxRequestBytes) {
        for (Connector connector : jetty.getConnectors()) {
            if (connector instanceof ServerConnector sc) {
                sc.setHost(host);
                // A connection that says nothing for 30 s is closed; a body that trickles in slower than
                // 1 KiB/s is cut with 408, so slow clients cannot hold the request threads.
                sc.setIdleTimeout(IDLE_TIMEOUT.toMillis());
                HttpConnectionFactory http = sc.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null) {
                    http.getHttpConfiguration().setMinRequestDataRate(MIN_REQUEST_BYTES_PER_SECOND);
                }
            }
        }
        QoSHandler admission = new QoSHandler(jetty.getHandler());
        admission.setMaxRequestCount(running);
        admission.setMaxSuspendedRequestCount(queued);
        admission.setMaxSuspend(maxWait);
        admission.excludePath("/$/ping");
        SizeLimitHandler bodies = new SizeLimitHandler(maxRequestBytes, -1);
        bodies.setHandler(admission);
        jetty.setHandler(bodies);
    }
}
