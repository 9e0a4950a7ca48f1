package io.engineroom.crisis;

import io.engineroom.identity.EngineRoomUser;
import io.engineroom.notification.NoticeTopicAccess;
import org.springframework.stereotype.Component;

/**
 * Who reads the notices about an incident (topic {@code incident:<id>}): whoever may read its timeline, the
 * brand's members and admins.
 */
@Component
class IncidentNoticeAccess implements NoticeTopicAccess {

    private static final String PREFIX = "incident:";

    private final IncidentReaders readers;

    IncidentNoticeAccess(IncidentReaders readers) {
        this.readers = readers;
    }

    @Override
    public boolean mayRead(EngineRoomUser user, String topic) {
        if (!topic.startsWith(PREFIX)) {
            return false;
        }
        long id;
        try {
            id = Long.parseLong(topic.substring(PREFIX.length()));
        } catch (NumberFormatException e) {
            return false;
        }
        return readers.mayRead(user, id);
    }
}
