package io.engineroom.base;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address check for requests to user-entered URLs (channel servers, webhooks): an address someone types into
 * a form must not make Engine Room call into its own machine or network (loopback, private, link-local,
 * carrier-grade NAT and unique-local ranges), where it could reach services no outsider should (SSRF). Refused
 * unless {@code engineroom.outbound.allow-private-addresses} is true, which the demo and the tests set because
 * their stand-in servers run on localhost.
 *
 * <p>A host name is resolved and every address it has must be public. A host that does not resolve is not refused
 * here: the connection fails by itself. The check runs just before each request, which narrows but does not close
 * the window of a DNS answer that changes between the check and the connection.
 */
@Component
public class OutboundAddresses {

    /** Lets every address through: for code that builds its own client in unit tests. */
    public static final OutboundAddresses ANY = new OutboundAddresses(true);

    private final boolean allowPrivate;

    @Autowired
    public OutboundAddresses(@Value("${engineroom.outbound.allow-private-addresses:false}") boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Why a request to this address is refused, or empty when it may be sent. */
    public Optional<String> refusal(URI uri) {
        if (uri == null || uri.getHost() == null
                || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
            return Optional.of("An http(s) address is required");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException unknown) {
            return Optional.empty();
        }
        for (InetAddress address : addresses) {
            if (isPrivate(address)) {
                return Optional.of(uri.getHost() + " is a local or private address (" + address.getHostAddress()
                        + "): Engine Room only calls public addresses");
            }
        }
        return Optional.empty();
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isSiteLocalAddress()
                || address.isLinkLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            // 100.64.0.0/10 (carrier-grade NAT), 0.0.0.0/8, 255.255.255.255
            return (first == 100 && second >= 64 && second < 128) || first == 0 || first == 255;
        }
        if (address instanceof Inet6Address v6) {
            if (v6.isIPv4CompatibleAddress()) {
                return true;
            }
            // fc00::/7 unique-local addresses
            return (bytes[0] & 0xfe) == 0xfc;
        }
        return false;
    }
}
