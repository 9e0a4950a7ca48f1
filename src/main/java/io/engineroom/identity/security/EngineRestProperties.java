package io.engineroom.identity.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code engineroom.engine-rest.*}: limits of Camunda's REST mounts.
 *
 * @param maxUploadSize the largest multipart body (a deployment from Camunda Modeler) accepted: Camunda's
 *        multipart reader holds the whole body in memory, so a larger one is refused before it is read
 */
@ConfigurationProperties("engineroom.engine-rest")
record EngineRestProperties(@DefaultValue("10MB") DataSize maxUploadSize) {
}
