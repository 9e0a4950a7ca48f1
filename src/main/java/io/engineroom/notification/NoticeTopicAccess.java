package io.engineroom.notification;

import io.engineroom.identity.EngineRoomUser;

/**
 * Says who may read every notice on a topic (an incident room lists all notices about its incident). The module a
 * topic belongs to knows who may see it, so it answers: {@code crisis} for {@code incident:<id>}.
 */
public interface NoticeTopicAccess {

    /** @return true when this user may read the notices on this topic; false when not, or not this bean's topic */
    boolean mayRead(EngineRoomUser user, String topic);
}
