package io.engineroom.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SessionInitEvent;
import com.vaadin.flow.server.SessionInitListener;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/** What a person sees, and what the log holds, when a screen fails with an exception no view caught. */
class UiErrorsTest {

    private static final Pattern SHOWN_ID = Pattern.compile("error id ([0-9a-f]{8})");

    final UiErrors errors = new UiErrors();
    final Logger log = (Logger) LoggerFactory.getLogger(UiErrors.class);
    final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        logged.start();
        log.addAppender(logged);
    }

    @AfterEach
    void tearDown() {
        log.detachAppender(logged);
        MockVaadin.tearDown();
    }

    @Test
    void anUnexpectedFailureShowsAnErrorIdThatTheLogHoldsWithTheStackTrace() {
        IllegalStateException failure = new IllegalStateException("connection pool exhausted");

        errors.error(new ErrorEvent(new RuntimeException(failure)));

        String text = onlyNotice().getElement().getProperty("text");
        Matcher id = SHOWN_ID.matcher(text);
        assertThat(id.find()).as(text).isTrue();
        assertThat(text).doesNotContain("connection pool");
        assertThat(logged.list).singleElement().satisfies(entry -> {
            assertThat(entry.getLevel()).isEqualTo(Level.ERROR);
            assertThat(entry.getFormattedMessage()).contains(id.group(1));
            assertThat(entry.getThrowableProxy().getCause().getMessage()).isEqualTo("connection pool exhausted");
        });
    }

    @Test
    void twoFailuresGetTwoIds() {
        errors.error(new ErrorEvent(new IllegalStateException("one")));
        errors.error(new ErrorEvent(new IllegalStateException("two")));

        assertThat(logged.list).hasSize(2);
        assertThat(logged.list.get(0).getFormattedMessage()).isNotEqualTo(logged.list.get(1).getFormattedMessage());
    }

    @Test
    void springsRefusalIsAPlainMessageWithItsReasonAndNoIdNorLogEntry() {
        errors.error(new ErrorEvent(new RuntimeException(new AccessDeniedException("Only admins set how long history "
                + "is kept"))));

        Notification notice = onlyNotice();
        assertThat(notice.getElement().getProperty("text"))
                .isEqualTo("That is not open to you. Only admins set how long history is kept");
        assertThat(notice.getThemeNames()).contains("error");
        assertThat(logged.list).isEmpty();
    }

    @Test
    void camundasRefusalIsThePlainMessageWithoutItsPermissionJargon() {
        errors.error(new ErrorEvent(new AuthorizationException("The user with id 'copywriter' does not have "
                + "'UPDATE' permission on resource 'task'")));

        assertThat(onlyNotice().getElement().getProperty("text")).isEqualTo("That is not open to you.");
        assertThat(logged.list).isEmpty();
    }

    @Test
    void springsReasonlessRefusalIsThePlainMessageAlone() {
        errors.error(new ErrorEvent(new AccessDeniedException("Access Denied")));

        assertThat(onlyNotice().getElement().getProperty("text")).isEqualTo("That is not open to you.");
    }

    @Test
    void aBrowserThatWentAwayShowsAndLogsNothing() {
        errors.error(new ErrorEvent(new java.net.SocketException("Broken pipe")));

        NotificationsKt.expectNoNotifications();
        assertThat(logged.list).isEmpty();
    }

    @Test
    void everyNewSessionGetsTheHandler() throws Exception {
        VaadinService service = mock(VaadinService.class);
        VaadinSession session = mock(VaadinSession.class);
        SessionInitEvent started = mock(SessionInitEvent.class);
        when(started.getSession()).thenReturn(session);
        ArgumentCaptor<SessionInitListener> listener = ArgumentCaptor.forClass(SessionInitListener.class);

        new UiErrorsRegistration().serviceInit(new ServiceInitEvent(service));
        verify(service).addSessionInitListener(listener.capture());
        listener.getValue().sessionInit(started);

        verify(session).setErrorHandler(any(UiErrors.class));
    }

    private static Notification onlyNotice() {
        assertThat(NotificationsKt.getNotifications()).hasSize(1);
        return NotificationsKt.getNotifications().get(0);
    }
}
