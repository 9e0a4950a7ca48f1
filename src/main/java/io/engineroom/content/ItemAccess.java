package io.engineroom.content;

import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import io.engineroom.content.domain.ContentItem;
import io.engineroom.content.domain.ContentItemRepository;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a content item's piece (brief, variants). Members of its brand read it; a copywriter,
 * social media manager or admin of the brand writes it, and only while it is in production: once approved, the
 * approved text is what goes out. Admins are held to brand membership like everyone else, as in the calendar.
 */
@Component
class ItemAccess {

    private static final List<Role> WRITERS = List.of(Role.COPYWRITER, Role.SOCIAL_MANAGER, Role.ADMIN);

    private final ContentItemRepository items;
    private final CurrentUser currentUser;

    ItemAccess(ContentItemRepository items, CurrentUser currentUser) {
        this.items = items;
        this.currentUser = currentUser;
    }

    /** The item, if the signed-in person is a member of its brand. */
    ContentItem readable(long contentItemId) {
        EngineRoomUser user = currentUser.require();
        ContentItem item = find(contentItemId);
        requireMember(user, item.getBrandId());
        return item;
    }

    /** The item, if the signed-in person may change its piece now. */
    ContentItem writable(long contentItemId) {
        EngineRoomUser user = currentUser.require();
        ContentItem item = find(contentItemId);
        requireMember(user, item.getBrandId());
        if (!isWriter(user)) {
            throw new AccessDeniedException("Only a copywriter or social media manager writes channel variants");
        }
        if (item.getState() != ContentItem.State.IN_PRODUCTION) {
            throw new InvalidInput("contentItem", "'" + item.getTitle() + "' is "
                    + item.getState().name().toLowerCase(Locale.ROOT) + ": its texts can no longer change");
        }
        return item;
    }

    /** Whether {@link #writable} would let the signed-in person through, for views deciding what to offer. */
    boolean mayWrite(ContentItem item) {
        EngineRoomUser user = currentUser.require();
        return user.belongsTo(item.getBrandId()) && isWriter(user)
                && item.getState() == ContentItem.State.IN_PRODUCTION;
    }

    void requireMember(String brandId) {
        requireMember(currentUser.require(), brandId);
    }

    private ContentItem find(long contentItemId) {
        return items.findById(contentItemId)
                .orElseThrow(() -> new NotFound("contentItem", "No content item " + contentItemId));
    }

    private static void requireMember(EngineRoomUser user, String brandId) {
        if (!user.belongsTo(brandId)) {
            throw new AccessDeniedException("Not a member of brand '" + brandId + "'");
        }
    }

    private static boolean isWriter(EngineRoomUser user) {
        return WRITERS.stream().anyMatch(user::hasRole);
    }
}
