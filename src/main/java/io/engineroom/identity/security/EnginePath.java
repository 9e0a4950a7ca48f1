package io.engineroom.identity.security;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request path as the engine's REST resources will see it, so the allow-list judges the same path that Jersey
 * routes: matrix parameters ({@code ;x=y}) stripped, empty segments (double or trailing slashes) dropped, each
 * segment percent-decoded once. A segment that still looks like a path trick after decoding (an encoded slash,
 * backslash or semicolon, a second level of encoding, {@code .} or {@code ..}) makes the path unclassifiable,
 * and an unclassifiable path is refused rather than guessed at.
 *
 * @param surface which mount of the engine's resources (or of the Camunda webapps) the path is on
 * @param segments the decoded segments after the mount: for the engine API, the resource path without the
 *        {@code engine/{name}} alias prefix (e.g. {@code [task, 42, variables, regulated]})
 */
record EnginePath(Surface surface, List<String> segments) {

    enum Surface {
        /** {@code /engine-rest/**}, also as {@code /engine-rest/engine/{name}/**}. */
        ENGINE_REST,
        /** {@code /camunda/api/engine/engine/{name}/**}: the same REST resources, for the Camunda webapps. */
        WEBAPP_ENGINE_API,
        /** Any other path of the Camunda webapps ({@code /camunda/**}); segments start after {@code camunda}. */
        WEBAPP,
        /** Not an engine or webapp path: Engine Room's own screens and API. */
        OTHER
    }

    EnginePath {
        segments = List.copyOf(segments);
    }

    /** The classified path, or empty when the path cannot be classified (and must be refused). */
    static Optional<EnginePath> of(String contextPath, String requestUri) {
        String raw = requestUri;
        if (contextPath != null && !contextPath.isEmpty() && raw.startsWith(contextPath)) {
            raw = raw.substring(contextPath.length());
        }
        List<String> segments = new ArrayList<>();
        for (String part : raw.split("/", -1)) {
            int matrix = part.indexOf(';');
            String withoutMatrix = matrix >= 0 ? part.substring(0, matrix) : part;
            if (withoutMatrix.isEmpty()) {
                continue;
            }
            Optional<String> decoded = decode(withoutMatrix);
            if (decoded.isEmpty() || isTrick(decoded.get())) {
                return Optional.empty();
            }
            segments.add(decoded.get());
        }
        return Optional.of(classify(segments));
    }

    String path() {
        return "/" + String.join("/", segments);
    }

    private static EnginePath classify(List<String> segments) {
        if (segments.isEmpty()) {
            return new EnginePath(Surface.OTHER, segments);
        }
        // Mount names compared without case: a differently spelled mount reaches no engine resource (the servlet
        // container maps paths case-sensitively), but it must not slip past as "not ours" either.
        String first = segments.get(0);
        if (first.equalsIgnoreCase("engine-rest")) {
            return new EnginePath(Surface.ENGINE_REST, withoutEngineAlias(segments.subList(1, segments.size())));
        }
        if (first.equalsIgnoreCase("camunda")) {
            List<String> inWebapp = segments.subList(1, segments.size());
            if (inWebapp.size() >= 2 && inWebapp.get(0).equalsIgnoreCase("api")
                    && inWebapp.get(1).equalsIgnoreCase("engine")) {
                return new EnginePath(Surface.WEBAPP_ENGINE_API,
                        withoutEngineAlias(inWebapp.subList(2, inWebapp.size())));
            }
            return new EnginePath(Surface.WEBAPP, inWebapp);
        }
        return new EnginePath(Surface.OTHER, segments);
    }

    /** {@code engine/{name}/task} is {@code task} of the named engine; {@code engine} alone lists the engines. */
    private static List<String> withoutEngineAlias(List<String> resource) {
        if (resource.size() >= 2 && resource.get(0).equals("engine")) {
            return resource.subList(2, resource.size());
        }
        return resource;
    }

    private static boolean isTrick(String segment) {
        return segment.equals(".") || segment.equals("..") || segment.chars().anyMatch(
                c -> c == '/' || c == '\\' || c == ';' || c == '%' || c < 0x20 || c == 0x7f);
    }

    /** Strict percent-decoding: a malformed escape or invalid UTF-8 is a path we do not classify. */
    private static Optional<String> decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return Optional.of(segment);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c != '%') {
                if (c > 0x7f) {
                    return Optional.empty();
                }
                bytes.write(c);
                continue;
            }
            if (i + 2 >= segment.length()) {
                return Optional.empty();
            }
            int high = Character.digit(segment.charAt(i + 1), 16);
            int low = Character.digit(segment.charAt(i + 2), 16);
            if (high < 0 || low < 0) {
                return Optional.empty();
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
