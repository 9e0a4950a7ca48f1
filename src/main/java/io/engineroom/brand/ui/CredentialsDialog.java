package io.engineroom.brand.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.engineroom.brand.ChannelCredentials;
import io.engineroom.brand.ChannelCredentials.CredentialStatus;
import io.engineroom.brand.ChannelSummary;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A channel's intake credentials: what it delivers interactions to {@code POST /api/interactions} with. Issuing
 * again rotates (the old value stops working at once); a new value is shown once in a {@link SecretDialog}.
 */
class CredentialsDialog extends Dialog {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    final Span status = new Span();
    final Button token = new Button();
    final Button secret = new Button();
    final Button revoke = new Button("Revoke both");
    private final ChannelSummary channel;
    private final ChannelCredentials credentials;
    private final Runnable changed;

    CredentialsDialog(ChannelSummary channel, ChannelCredentials credentials, Runnable changed) {
        this.channel = channel;
        this.credentials = credentials;
        this.changed = changed;
        setHeaderTitle("Intake credentials of " + channel.label());
        status.setId("channel-credentials-status");
        token.setId("channel-credentials-token");
        token.addClickListener(click -> showOnce("API token", credentials.issueToken(channel.id())));
        secret.setId("channel-credentials-secret");
        secret.addClickListener(click -> showOnce("Signing secret", credentials.issueSigningSecret(channel.id())));
        revoke.setId("channel-credentials-revoke");
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.addClickListener(click -> {
            credentials.revoke(channel.id());
            refresh();
        });
        Paragraph how = new Paragraph("The channel delivers comments, messages and mentions to POST "
                + "/api/interactions with 'Authorization: Bearer <token>', or signed: X-EngineRoom-Channel: "
                + channel.id() + ", X-EngineRoom-Timestamp and X-EngineRoom-Signature (HMAC-SHA256 of "
                + "'<timestamp>.<body>' with the signing secret). Issuing again replaces the old value at once.");
        Button close = new Button("Close", event -> close());
        close.setId("channel-credentials-close");
        add(how, status);
        getFooter().add(revoke, token, secret, close);
        setWidth("40em");
        refresh();
    }

    private void showOnce(String what, String value) {
        refresh();
        new SecretDialog(what + " for " + channel.label(), what, value).open();
    }

    private void refresh() {
        CredentialStatus now = credentials.credentialStatus(channel.id());
        status.setText(describe(now));
        token.setText(now.token() ? "Rotate token" : "Issue token");
        secret.setText(now.signingSecret() ? "Rotate signing secret" : "Issue signing secret");
        revoke.setEnabled(now.any());
        changed.run();
    }

    /** "token and signing secret, last used 2026-12-04 21:05 UTC"; "none" when the channel cannot deliver. */
    static String describe(CredentialStatus status) {
        if (!status.any()) {
            return "none";
        }
        String which = status.token() && status.signingSecret() ? "token and signing secret"
                : status.token() ? "token" : "signing secret";
        return which + ", last used " + shown(status.lastUsedAt());
    }

    static String shown(Instant at) {
        return at == null ? "never" : SHOWN.format(at);
    }
}
