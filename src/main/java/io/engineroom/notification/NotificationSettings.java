package io.engineroom.notification;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.constraints.URL;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code engineroom.mail.*}: the notification module's settings (their prefix predates the one-prefix-per-module
 * rule and is kept). Checked at start: a sender that is no address would make every mail fail, and a link base
 * that is no URL would put dead links into every mail.
 *
 * @param from   the sender of notice mails
 * @param appUrl where the links in mails point: the address people open Engine Room at (a trailing slash is fine)
 */
@Validated
@ConfigurationProperties("engineroom.mail")
public record NotificationSettings(@DefaultValue("engine-room@localhost") @NotBlank @Email String from,
        @DefaultValue("http://localhost:8080") @NotBlank @URL String appUrl) {

    /**
     * The full address of an Engine Room path (such as {@code /incidents/12}) for mails, chat messages and webhook
     * bodies: the app's address without its trailing slash, then the path.
     */
    public String link(String path) {
        String base = appUrl.endsWith("/") ? appUrl.substring(0, appUrl.length() - 1) : appUrl;
        return base + path;
    }
}
