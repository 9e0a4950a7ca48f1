package io.engineroom.demo.platforms;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The multipart bodies of X's media uploads, read by the X stand-in itself. The app's own multipart handling takes
 * files of up to 1 MB (Spring Boot's default), while X takes images of up to 5 MB and video chunks of up to 5 MB in
 * one request, and the connector sends 4 MiB chunks: so on the stand-in's media paths (demo mode only) a filter
 * keeps the body from Spring's multipart handling (the request's content type reads as a plain byte stream, the
 * real one in {@link #CONTENT_TYPE}), and {@link #parse} splits it into its named parts. Nothing else in the app
 * changes.
 */
@Configuration
@ConditionalOnProperty(name = "engineroom.demo.enabled", havingValue = "true")
class XMultipart {

    /** The request attribute holding the upload's real content type (with its boundary). */
    static final String CONTENT_TYPE = "io.engineroom.demo.platforms.XMultipart.contentType";
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("(?i)[; ]name=\"([^\"]*)\"");

    /** One part of a multipart body: its form field name, content type (null for a plain field) and bytes. */
    record Part(String name, String contentType, byte[] bytes) {

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    @Bean
    FilterRegistrationBean<Filter> xMediaBodies() {
        Filter filter = (request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            String type = http.getContentType();
            if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
                chain.doFilter(request, response);
                return;
            }
            http.setAttribute(CONTENT_TYPE, type);
            chain.doFilter(new HttpServletRequestWrapper(http) {
                @Override
                public String getContentType() {
                    return "application/octet-stream";
                }

                @Override
                public String getHeader(String name) {
                    return "content-type".equalsIgnoreCase(name) ? getContentType() : super.getHeader(name);
                }
            }, response);
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns(DemoPlatformsSecurity.PATH + "/x/2/media/*");
        return registration;
    }

    /**
     * The parts of a multipart body by name; X's 400 when the body is not one.
     *
     * @param contentType the request's real content type, with its {@code boundary}
     */
    static Map<String, Part> parse(String contentType, byte[] body) {
        Matcher boundary = contentType == null ? null : BOUNDARY.matcher(contentType);
        if (boundary == null || !boundary.find() || body == null) {
            throw XAnswers.invalid("media", null, "The request must be multipart/form-data with a boundary");
        }
        byte[] delimiter = ("\r\n--" + boundary.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[body.length + 2];
        all[0] = '\r';
        all[1] = '\n';
        System.arraycopy(body, 0, all, 2, body.length);
        Map<String, Part> parts = new HashMap<>();
        int at = indexOf(all, delimiter, 0);
        while (at >= 0) {
            int start = at + delimiter.length;
            int next = indexOf(all, delimiter, start);
            if (next < 0 || startsWith(all, start, "--")) {
                break;
            }
            int headersEnd = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
            if (headersEnd < 0 || headersEnd > next) {
                throw XAnswers.invalid("media", null, "A multipart part has no headers");
            }
            String headers = new String(all, start, headersEnd - start, StandardCharsets.ISO_8859_1);
            Matcher name = NAME.matcher(headers);
            if (name.find()) {
                parts.put(name.group(1), new Part(name.group(1), header(headers, "content-type"),
                        Arrays.copyOfRange(all, headersEnd + 4, next)));
            }
            at = next;
        }
        return parts;
    }

    private static String header(String headers, String wanted) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(wanted)) {
                return line.substring(colon + 1).strip();
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int from, String prefix) {
        return bytes.length >= from + prefix.length()
                && new String(bytes, from, prefix.length(), StandardCharsets.ISO_8859_1).equals(prefix);
    }

    private static int indexOf(byte[] bytes, byte[] wanted, int from) {
        outer:
        for (int i = from; i <= bytes.length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
