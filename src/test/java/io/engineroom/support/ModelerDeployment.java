package io.engineroom.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request Camunda Modeler 5 sends for "Deploy to Camunda 7" (a browser FormData posted with HTTP Basic):
 * {@code deployment-name}, {@code deployment-source} "Camunda Modeler", {@code deploy-changed-only}, the
 * {@code tenant-id} when its Tenant ID field is filled, then the diagram and its attachments (forms), each a file
 * part named after the file. Built here once so every test deploys exactly as Modeler does.
 */
public final class ModelerDeployment {

    public static final String BOUNDARY = "----ModelerFormBoundary7MA4YWxkTrZu0gW";

    private final Map<String, String> fields = new LinkedHashMap<>();
    private final List<Map.Entry<String, byte[]>> files = new ArrayList<>();

    private ModelerDeployment(String name) {
        fields.put("deployment-name", name);
        fields.put("deployment-source", "Camunda Modeler");
        fields.put("deploy-changed-only", "true");
    }

    public static ModelerDeployment named(String name) {
        return new ModelerDeployment(name);
    }

    /** Modeler's Tenant ID field: the brand whose own version this is. */
    public ModelerDeployment tenant(String tenantId) {
        fields.put("tenant-id", tenantId);
        return this;
    }

    public ModelerDeployment file(String name, String content) {
        return file(name, content.getBytes(UTF_8));
    }

    public ModelerDeployment file(String name, byte[] content) {
        files.add(Map.entry(name, content));
        return this;
    }

    /** Every form in the folder, as Modeler attaches the forms a diagram binds by deployment. */
    public ModelerDeployment forms(Path folder) {
        try (var forms = Files.list(folder)) {
            for (Path form : forms.filter(path -> path.toString().endsWith(".form")).sorted().toList()) {
                file(form.getFileName().toString(), Files.readAllBytes(form));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public byte[] body() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        for (Map.Entry<String, byte[]> file : files) {
            String type = file.getKey().endsWith(".form") ? "application/json" : "text/xml";
            write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + file.getKey()
                    + "\"; filename=\"" + file.getKey() + "\"\r\nContent-Type: " + type + "\r\n\r\n");
            body.writeBytes(file.getValue());
            write(body, "\r\n");
        }
        write(body, "--" + BOUNDARY + "--\r\n");
        return body.toByteArray();
    }

    /** Posts to {@code /engine-rest/deployment/create} as the user. */
    public HttpResponse<String> send(int port, String user, String password) {
        return send(port, "/engine-rest/deployment/create", user, password);
    }

    /** Posts to one of the engine's mounts of {@code deployment/create}. */
    public HttpResponse<String> send(int port, String path, String user, String password) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                        .getBytes(UTF_8)))
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body())).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(UTF_8));
    }
}
