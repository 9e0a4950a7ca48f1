package io.engineroom.identity.security;

import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.IdentitySettings;
import io.engineroom.identity.Role;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.commons.fileupload.FileItemIterator;
import org.apache.commons.fileupload.FileItemStream;
import org.apache.commons.fileupload.FileUpload;
import org.apache.commons.fileupload.FileUploadException;
import org.apache.commons.fileupload.UploadContext;
import org.apache.commons.fileupload.util.Streams;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Multipart bodies to the engine's REST mounts, before Camunda reads them: Camunda's multipart reader holds a
 * whole body in memory, so a body over {@code engineroom.engine-rest.max-upload-size} is refused with 413, by its
 * Content-Length when it declares one, else by counting the bytes as they arrive (chunked bodies): reading stops
 * one byte past the limit. An accepted body (at most the limit, which Camunda would hold anyway) is kept here and
 * handed on. A deployment's parts are checked with the parser Camunda itself uses (commons-fileupload), so the
 * names judged are the names Camunda will read: Modeler's settings and files, nothing else. Who may deploy for
 * whom: a deployment without {@code tenant-id} is the shared version every brand without its own runs, so only
 * administrators deploy it; a {@code tenant-id} is a brand's own version, deployed by an administrator (any
 * existing brand) or a social media manager of that brand. Runs after {@link EngineRestGate}, so only callers who
 * may deploy get this far; what they deploy still waits for review (the workflow module's change control).
 */
class EngineRestUploads extends OncePerRequestFilter {

    static final String SHARED_FOR_ADMINS = "Only administrators deploy the shared version of an SOP; choose your"
            + " brand as Tenant ID in Camunda Modeler";

    private final long maxBytes;
    private final CurrentUser currentUser;
    private final Predicate<String> brandExists;

    /** @param brandExists whether a brand (a Camunda tenant) of this id exists */
    EngineRestUploads(IdentitySettings.EngineRest properties, CurrentUser currentUser,
            Predicate<String> brandExists) {
        this.maxBytes = properties.maxUploadSize().toBytes();
        this.currentUser = currentUser;
        this.brandExists = brandExists;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<EnginePath> path = EnginePath.of(request.getContextPath(), request.getRequestURI());
        if (path.isEmpty() || !engineApi(path.get())) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > maxBytes) {
            tooLarge(request, response);
            return;
        }
        Optional<byte[]> body = readAtMost(request.getInputStream());
        if (body.isEmpty()) {
            tooLarge(request, response);
            return;
        }
        if (path.get().segments().equals(List.of("deployment", "create"))) {
            Optional<String> refusal = refusedPart(request, body.get());
            if (refusal.isPresent()) {
                EngineRestProblems.write(request, response, HttpServletResponse.SC_FORBIDDEN,
                        "Deployment refused", refusal.get());
                return;
            }
        }
        chain.doFilter(new BufferedBody(request, body.get()), response);
    }

    private static boolean engineApi(EnginePath path) {
        return path.surface() == EnginePath.Surface.ENGINE_REST
                || path.surface() == EnginePath.Surface.WEBAPP_ENGINE_API;
    }

    /** The body, or empty once it passes the limit (nothing past limit + 1 byte is read). */
    private Optional<byte[]> readAtMost(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer, 0, (int) Math.min(buffer.length, maxBytes + 1 - total))) > 0) {
            total += read;
            if (total > maxBytes) {
                return Optional.empty();
            }
            body.write(buffer, 0, read);
        }
        return Optional.of(body.toByteArray());
    }

    private Optional<String> refusedPart(HttpServletRequest request, byte[] body) {
        String tenant = null;
        try {
            FileItemIterator parts = new FileUpload().getItemIterator(new Body(request.getContentType(), body));
            while (parts.hasNext()) {
                FileItemStream part = parts.next();
                String name = part.getFieldName();
                if (name == null || EngineRestAllowList.OTHER_DEPLOYMENT_SETTINGS.contains(name)) {
                    return Optional.of("The part '" + name + "' is not accepted: a deployment carries "
                            + EngineRestAllowList.DEPLOYMENT_FIELDS + " and its files.");
                }
                if (part.isFormField() && !EngineRestAllowList.DEPLOYMENT_FIELDS.contains(name)) {
                    return Optional.of("The part '" + name + "' is not accepted: a deployment carries "
                            + EngineRestAllowList.DEPLOYMENT_FIELDS + " and files (parts with a file name).");
                }
                if (name.equals("tenant-id")) {
                    if (tenant != null) {
                        // Camunda reads one of them: which one must not be a guess here
                        return Optional.of("Name one Tenant ID, not several.");
                    }
                    tenant = Streams.asString(part.openStream(), StandardCharsets.UTF_8.name()).trim();
                }
            }
        } catch (FileUploadException | IOException e) {
            return Optional.of("The multipart body could not be read: " + e.getMessage());
        }
        Optional<String> brand = Optional.ofNullable(tenant);
        return currentUser.find().map(user -> refusedFor(user, brand))
                .orElse(Optional.of("Sign in to deploy."));
    }

    /** Why this person may not deploy for the brand (empty: the shared version), or empty when they may. */
    Optional<String> refusedFor(EngineRoomUser user, Optional<String> brand) {
        boolean admin = user.hasRole(Role.ADMIN);
        if (brand.isEmpty()) {
            return admin ? Optional.empty() : Optional.of(SHARED_FOR_ADMINS + yourBrands(user) + ".");
        }
        String id = brand.get();
        if (id.isEmpty()) {
            return Optional.of("The Tenant ID is empty: name " + (admin ? "a brand, or leave it out to deploy the"
                    + " shared version" : "your brand") + yourBrands(user) + ".");
        }
        if (admin) {
            return brandExists.test(id) ? Optional.empty()
                    : Optional.of("There is no brand '" + id + "': the Tenant ID names a brand's id.");
        }
        if (user.hasRole(Role.SOCIAL_MANAGER) && user.belongsTo(id)) {
            return Optional.empty();
        }
        return Optional.of("You may deploy for your own brands only, not for '" + id + "'" + yourBrands(user) + ".");
    }

    private static String yourBrands(EngineRoomUser user) {
        return user.brands().isEmpty() || user.hasRole(Role.ADMIN) ? ""
                : " (your brands: " + String.join(", ", new TreeSet<>(user.brands())) + ")";
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        EngineRestProblems.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                "Upload too large", "A deployment may be at most " + maxBytes + " bytes"
                        + " (engineroom.engine-rest.max-upload-size); nothing was deployed.");
    }

    /** The buffered body as commons-fileupload reads a request. */
    private record Body(String contentType, byte[] bytes) implements UploadContext {

        @Override
        public String getCharacterEncoding() {
            return StandardCharsets.UTF_8.name();
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        @Deprecated
        public int getContentLength() {
            return bytes.length;
        }

        @Override
        public long contentLength() {
            return bytes.length;
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(bytes);
        }
    }

    /** The request with its body already read (and counted) here, handed on to Camunda unchanged. */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body is already read");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
