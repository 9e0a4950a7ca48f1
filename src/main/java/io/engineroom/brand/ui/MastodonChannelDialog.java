package io.engineroom.brand.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.ui.FormProblems;
import io.engineroom.brand.ChannelChecks;
import io.engineroom.brand.ChannelChecks.MastodonAccountCheck;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.ChannelSummary;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Connects a Mastodon account: its server's address and an access token (made in the account's preferences,
 * Development, with the read and write scopes). <em>Test connection</em> reads the account the token belongs to
 * before anything is saved, so a wrong server or token shows at its field instead of at the first post.
 */
class MastodonChannelDialog extends Dialog {

    /** What the form edits, named like {@link ChannelService#addMastodon}'s problems. Public for Binder. */
    public record MastodonForm(String handle, String baseUrl, String accessToken, boolean mainChannel) {
    }

    final TextField baseUrl = new TextField("Server address");
    final PasswordField accessToken = new PasswordField("Access token");
    final TextField handle = new TextField("Handle");
    final Checkbox mainChannel = new Checkbox("Main channel (watched for silence)");
    final Button test = new Button("Test connection");
    final Span account = new Span();
    final Image avatar = new Image();
    final Button save = new Button("Add channel");
    private final Binder<MastodonForm> binder = new Binder<>(MastodonForm.class);

    MastodonChannelDialog(String brandId, ChannelService channels, Optional<ChannelChecks> checks,
            Consumer<ChannelSummary> saved) {
        setHeaderTitle("Add a Mastodon channel");
        baseUrl.setId("channel-mastodon-url");
        baseUrl.setPlaceholder("https://mastodon.social");
        accessToken.setId("channel-mastodon-token");
        handle.setId("channel-mastodon-handle");
        handle.setPlaceholder("@brand@mastodon.social (filled in by Test connection)");
        mainChannel.setId("channel-mastodon-main");
        test.setId("channel-mastodon-test");
        test.setVisible(checks.isPresent());
        test.addClickListener(click -> checks.ifPresent(this::test));
        account.setId("channel-mastodon-account");
        avatar.setId("channel-mastodon-avatar");
        avatar.setHeight("48px");
        avatar.setVisible(false);
        save.setId("channel-mastodon-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save(brandId, channels, saved));
        binder.forField(handle).bind("handle");
        binder.forField(baseUrl).bind("baseUrl");
        binder.forField(accessToken).bind("accessToken");
        binder.forField(mainChannel).bind("mainChannel");
        binder.readRecord(new MastodonForm("", "", "", false));
        FormLayout form = new FormLayout(baseUrl, accessToken, handle, mainChannel);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, avatar, account);
        Button cancel = new Button("Cancel", event -> close());
        cancel.setId("channel-mastodon-cancel");
        getFooter().add(cancel, test, save);
        setWidth("36em");
    }

    private void test(ChannelChecks checks) {
        clearProblems();
        MastodonAccountCheck check = checks.mastodonAccount(baseUrl.getValue(), accessToken.getValue());
        avatar.setVisible(check.ok() && check.avatarUrl() != null);
        if (!check.ok()) {
            account.setText("");
            FormProblems.show(binder, Map.of(check.problemField() == null ? "baseUrl" : check.problemField(),
                    check.problem()));
            return;
        }
        account.setText("Connected to " + check.describe());
        if (check.avatarUrl() != null) {
            avatar.setSrc(check.avatarUrl());
            avatar.setAlt("Avatar of " + check.acct());
        }
        if (handle.getValue().isBlank()) {
            handle.setValue(fullHandle(check.acct()));
        }
    }

    /** Mastodon names a local account without its server ("beanleaf"); the channel's handle carries it. */
    private String fullHandle(String acct) {
        if (acct.contains("@")) {
            return "@" + acct;
        }
        try {
            return "@" + acct + "@" + URI.create(baseUrl.getValue().trim()).getHost();
        } catch (IllegalArgumentException e) {
            return "@" + acct;
        }
    }

    private void save(String brandId, ChannelService channels, Consumer<ChannelSummary> saved) {
        clearProblems();
        MastodonForm form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException shownAtTheField) {
            return;
        }
        try {
            ChannelSummary channel = channels.addMastodon(brandId, form.handle(), form.baseUrl(), form.accessToken(),
                    form.mainChannel());
            close();
            saved.accept(channel);
        } catch (InvalidInput refused) {
            FormProblems.show(binder, refused);
        }
    }

    private void clearProblems() {
        for (var field : new com.vaadin.flow.component.HasValidation[] {baseUrl, accessToken, handle}) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }
}
