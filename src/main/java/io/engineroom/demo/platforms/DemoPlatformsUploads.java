package io.engineroom.demo.platforms;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The connectors upload media to the stand-ins as multipart requests, as they do to the platforms, and a post's
 * photo or video is well over Spring's default of 1 MB per file. In demo mode (only there: outside it no endpoint of
 * the app takes multipart uploads through Spring MVC) the limit is a platform's: Mastodon and X take videos of up to
 * about 100 MB and 512 MB.
 */
@Configuration
@ConditionalOnProperty(name = "engineroom.demo.enabled", havingValue = "true")
class DemoPlatformsUploads {

    static final DataSize LARGEST_MEDIA = DataSize.ofMegabytes(512);

    @Bean
    MultipartConfigElement demoPlatformsMultipart() {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(LARGEST_MEDIA);
        factory.setMaxRequestSize(LARGEST_MEDIA);
        return factory.createMultipartConfig();
    }
}
