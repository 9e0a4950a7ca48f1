package io.engineroom.community;

import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import io.engineroom.community.domain.UgcPermission;
import io.engineroom.community.domain.UgcPermissionRepository;
import io.engineroom.content.ContentService;
import io.engineroom.content.RepostPermissionCheck;
import io.engineroom.identity.EngineIdentity;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.inbox.InteractionDirectory;
import io.engineroom.inbox.InteractionSummary;
import io.engineroom.workflow.LiveSops;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Permission to repost someone's post (user-generated content). Reposting starts the ugc-permission SOP; the
 * author's answer is recorded here with its link; a yes plans a content item with the credit line through the
 * content module, and the content module asks this record again before publishing it ({@link
 * RepostPermissionCheck}): never a repost without a yes on record, whatever a process variable says.
 */
@Service
public class UgcPermissions implements RepostPermissionCheck {

    public static final String SOP_KEY = "ugc-permission";
    static final Pattern LINK = Pattern.compile("^https?://\\S+$");
    static final int MAX_LINK = 1000;

    private final UgcPermissionRepository permissions;
    private final InteractionDirectory interactions;
    private final ContentService content;
    private final CommunityAccess access;
    private final LiveSops liveSops;
    private final EngineIdentity identity;
    private final Clock clock;

    UgcPermissions(UgcPermissionRepository permissions, InteractionDirectory interactions, ContentService content,
            CommunityAccess access, LiveSops liveSops, EngineIdentity identity, Clock clock) {
        this.permissions = permissions;
        this.interactions = interactions;
        this.content = content;
        this.access = access;
        this.liveSops = liveSops;
        this.identity = identity;
        this.clock = clock;
    }

    /** The line a repost carries to credit its author: "📷 @handle". */
    public static String creditLine(String authorHandle) {
        String handle = authorHandle.strip();
        return "📷 " + (handle.startsWith("@") ? handle : "@" + handle);
    }

    /** The business key of a permission's instance. */
    public static String businessKey(long permissionId) {
        return "ugc:" + permissionId;
    }

    /**
     * Reposting an interaction from the inbox: its author and the link to their post. The interaction must be the
     * brand's (another brand's is answered as unknown). Returns the permission's id.
     */
    @Transactional
    public long repostInteraction(String brandId, String interactionId, String postUrl) {
        access.requireMember(brandId);
        InteractionSummary interaction = interactions.of(brandId, List.of(interactionId)).stream().findFirst()
                .orElseThrow(() -> new NotFound("interaction", "No interaction " + interactionId));
        return start(brandId, interaction.authorHandle(), postUrl, interaction.id());
    }

    /** Reposting an author's post by its link (the super-fan screen). Returns the permission's id. */
    @Transactional
    public long repost(String brandId, String authorHandle, String postUrl) {
        access.requireMember(brandId);
        return start(brandId, authorHandle, postUrl, null);
    }

    private long start(String brandId, String authorHandle, String postUrl, String interactionId) {
        EngineRoomUser user = access.requireMember(brandId);
        Map<String, String> problems = new LinkedHashMap<>();
        String handle = authorHandle == null ? "" : authorHandle.strip();
        if (handle.isEmpty() || handle.length() > 255 || handle.chars().anyMatch(Character::isWhitespace)) {
            problems.put("authorHandle", "The author's handle, without spaces (at most 255 characters)");
        }
        String link = postUrl == null ? "" : postUrl.strip();
        if (!LINK.matcher(link).matches() || link.length() > MAX_LINK) {
            problems.put("postUrl", "The link to their post (http:// or https://)");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        UgcPermission permission = permissions.saveAndFlush(new UgcPermission(brandId, handle, link,
                interactionId, user.id(), clock.instant()));
        VariableMap variables = Variables.createVariables();
        CommunityVariables.BRAND.put(variables, brandId);
        CommunityVariables.TITLE.put(variables, "Permission to repost " + handle + "'s post");
        CommunityVariables.AUTHOR_HANDLE.put(variables, handle);
        CommunityVariables.POST_URL.put(variables, link);
        CommunityVariables.REQUEST_TEXT.put(variables, "Hi " + handle + ", we love your post " + link
                + " — may we share it on our channels, credited to you as \"" + creditLine(handle)
                + "\"? A yes or no here is all we need. Thank you!");
        // community managers may not start SOPs in Camunda; role and brand were checked above
        String instanceId = identity.asSystem(() -> liveSops.start(SOP_KEY, brandId,
                businessKey(permission.getId()), variables).getId());
        permission.startedAs(instanceId);
        return permission.getId();
    }

    /** The brand's repost requests, newest first. */
    @Transactional(readOnly = true)
    public List<UgcRequest> requests(String brandId) {
        access.requireMember(brandId);
        return permissions.findByBrandIdOrderByRequestedAtDescIdDesc(brandId).stream().map(UgcPermission::request)
                .toList();
    }

    /** The author took their yes back (link to where they said so): nothing more is published under it. */
    @Transactional
    public void withdraw(long permissionId, String withdrawalUrl) {
        UgcPermission permission = permissions.findById(permissionId)
                .orElseThrow(() -> new NotFound("permission", "No permission " + permissionId));
        EngineRoomUser user;
        try {
            user = access.requireMember(permission.getBrandId());
        } catch (org.springframework.security.access.AccessDeniedException notTheirs) {
            // another brand's ids are not confirmed
            throw new NotFound("permission", "No permission " + permissionId);
        }
        String link = requireLink("answerUrl", withdrawalUrl);
        if (permission.getState() != UgcState.YES) {
            throw new InvalidInput("state", "Only a yes can be withdrawn; this one is " + permission.getState()
                    .label().toLowerCase(java.util.Locale.ROOT));
        }
        permission.withdrawn(link, user.id(), clock.instant());
    }

    /** For the SOP's ask task: the request sent and its link, by the person who completed the task. */
    @Transactional
    public void recordAsked(long permissionId, String text, String url, String by) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput("requestText", "Paste the request you sent");
        }
        find(permissionId).asked(text.strip(), requireLink("requestUrl", url), by, clock.instant());
    }

    /** For the SOP's answer task: "yes" or "no" and the link to the author's answer, by who completed the task. */
    @Transactional
    public UgcState recordAnswer(long permissionId, String answer, String url, String by) {
        if (!"yes".equals(answer) && !"no".equals(answer)) {
            throw new InvalidInput("ugcAnswer", "The answer is yes or no");
        }
        UgcPermission permission = find(permissionId);
        permission.answered("yes".equals(answer), requireLink("answerUrl", url), by, clock.instant());
        return permission.getState();
    }

    /** Whether the author's answer on record is yes: what the SOP's gateway reads. */
    @Transactional(readOnly = true)
    public boolean granted(long permissionId) {
        return find(permissionId).getState() == UgcState.YES;
    }

    /** For the SOP's reminder: notes when the unanswered request was chased. */
    @Transactional
    public void reminded(long permissionId) {
        find(permissionId).reminded(clock.instant());
    }

    /**
     * For the SOP on a yes: plans the repost as a content item with the credit line (the normal approval then
     * runs). Refused unless the record says yes. Returns the item's id.
     */
    @Transactional
    public long planCredited(long permissionId) {
        UgcPermission permission = find(permissionId);
        if (permission.getState() != UgcState.YES) {
            throw new IllegalStateException("Permission " + permissionId + " is " + permission.getState()
                    + ": nothing is planned without the author's yes");
        }
        String credit = creditLine(permission.getAuthorHandle());
        long item = content.planRepost(permission.getBrandId(), "Repost: " + permission.getAuthorHandle()
                + "'s post", "\n\n" + credit + "\n" + permission.getPostUrl(), permissionId);
        permission.planned(item);
        return item;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> refusal(long permissionId, String brandId, String text) {
        UgcPermission permission = permissions.findById(permissionId).orElse(null);
        if (permission == null || !permission.getBrandId().equals(brandId)) {
            return Optional.of("no permission of this brand's to repost it is on record");
        }
        if (permission.getState() != UgcState.YES) {
            return Optional.of("the author's permission to repost is " + permission.getState().label()
                    .toLowerCase(java.util.Locale.ROOT) + ", not yes");
        }
        String credit = creditLine(permission.getAuthorHandle());
        if (text == null || !text.contains(credit)) {
            return Optional.of("the credit line \"" + credit + "\" is missing from the text");
        }
        return Optional.empty();
    }

    private UgcPermission find(long permissionId) {
        return permissions.findById(permissionId)
                .orElseThrow(() -> new NotFound("permission", "No permission " + permissionId));
    }

    private static String requireLink(String field, String url) {
        String link = url == null ? "" : url.strip();
        if (!LINK.matcher(link).matches() || link.length() > MAX_LINK) {
            throw new InvalidInput(field, "A link (http:// or https://) of at most " + MAX_LINK + " characters");
        }
        return link;
    }
}
