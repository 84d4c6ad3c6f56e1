package org.concert.server;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Objects;

import org.concert.ConcertException;
import org.concert.ErrorCode;

/** The check of the address a server binds: one of this machine's, or a name that resolves to one. */
final class BindAddress {

    private BindAddress() {
    }

    /** {@link ErrorCode#INVALID_HOST} unless {@code host} is an address of this machine (or any or loopback). */
    static void check(String host) {
        Objects.requireNonNull(host, "host");
        InetAddress address;
        try {
            // A dotted quad with an octet over 255 would be looked up as a name: refuse it as what it is.
            if (host.matches("[0-9.]+") && !host.matches("((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])")) {
                throw new UnknownHostException(host);
            }
            address = InetAddress.getByName(host);
            if (!address.isAnyLocalAddress() && !address.isLoopbackAddress() && NetworkInterface.getByInetAddress(address) == null) {
                throw new ConcertException(ErrorCode.INVALID_HOST, "'" + host + "' is not an address of this machine",
                        "--host", -1, -1, null);
            }
        } catch (UnknownHostException | SocketException e) {
            throw new ConcertException(ErrorCode.INVALID_HOST, "'" + host + "' is not an IP address or a name that resolves",
                    "--host", -1, -1, null);
        }
    }
}
