package io.engineroom.content;

import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import io.engineroom.content.domain.ContentAsset;
import io.engineroom.content.domain.ContentAssetRepository;
import io.engineroom.content.domain.ContentItem;
import io.engineroom.content.domain.ContentItemRepository;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import io.engineroom.publishing.Media;
import java.io.InputStream;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The images and videos of content items: upload (type from the bytes, size limit per kind, SHA-256, each file
 * once per item, at most {@value AssetLimits#MAX_PER_ITEM}, and each planned platform's media rules, see
 * {@link PlatformFit}), list, preview and remove. Only members of the item's
 * brand and admins see them; auditors only look; a published item's files no longer change.
 */
@Service
public class ContentAssets {

    private static final int MAX_FILE_NAME = 255;

    private final ContentAssetRepository assets;
    private final ContentItemRepository items;
    private final AssetLimits limits;
    private final CurrentUser currentUser;
    private final TransactionTemplate transactions;
    private final PlatformFit fit;
    private final Clock clock;

    ContentAssets(ContentAssetRepository assets, ContentItemRepository items, AssetLimits limits,
            CurrentUser currentUser, TransactionTemplate transactions, PlatformFit fit, Clock clock) {
        this.fit = fit;
        this.assets = assets;
        this.items = items;
        this.limits = limits;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.clock = clock;
    }

    public AssetLimits limits() {
        return limits;
    }

    /**
     * Stores a file for the item, or returns the one already stored with the same bytes. Everything that needs
     * no bytes is checked before the first byte is read; the bytes are read outside the database transaction, so
     * a slow upload holds no connection. Nothing is stored when it is refused.
     *
     * @param altText may be null or blank: the image is then posted without a description
     * @throws InvalidInput with field {@code file} or {@code altText}
     * @throws AccessDeniedException for someone who is not a member of the brand (or only an auditor)
     */
    public AssetSummary upload(long contentItemId, String fileName, InputStream data, String altText) {
        EngineRoomUser user = currentUser.require();
        requireMayChange(user, item(contentItemId));
        Map<String, String> problems = new LinkedHashMap<>();
        String name = fileName(fileName, problems);
        String alt = altText == null || altText.isBlank() ? null : altText.strip();
        if (alt != null && alt.length() > AssetLimits.MAX_ALT_TEXT) {
            problems.put("altText", "Alt text allows at most " + AssetLimits.MAX_ALT_TEXT + " characters");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        AssetIntake.Accepted file = AssetIntake.read(data, limits);
        return transactions.execute(status -> store(user, contentItemId, name, alt, file));
    }

    private AssetSummary store(EngineRoomUser user, long contentItemId, String name, String alt,
            AssetIntake.Accepted file) {
        // checked again under the item's lock: it may have been published while the bytes arrived
        requireMayChange(user, assets.lockItem(contentItemId).orElseThrow(() -> noItem(contentItemId)));
        var same = assets.sameFile(contentItemId, file.sha256());
        if (same.isPresent()) {
            return same.get();
        }
        if (assets.countByContentItemId(contentItemId) >= AssetLimits.MAX_PER_ITEM) {
            throw new InvalidInput("file", "A content item holds at most " + AssetLimits.MAX_PER_ITEM
                    + " files: remove one first");
        }
        // the item's channels must take it together with the files already there, before anyone reviews it
        List<String> misfit = fit.mediaProblems(contentItemId, MediaFacts.of(name, file.type().contentType(),
                file.bytes()));
        if (!misfit.isEmpty()) {
            throw new InvalidInput("file", String.join("; ", misfit));
        }
        ContentAsset saved = assets.saveAndFlush(new ContentAsset(contentItemId, name, file.type().contentType(),
                // the database keeps microseconds: what is returned now equals what is read later
                file.bytes(), file.sha256(), alt, user.id(), clock.instant().truncatedTo(ChronoUnit.MICROS)));
        return summary(saved);
    }

    /** The item's files, oldest first. */
    @Transactional(readOnly = true)
    public List<AssetSummary> of(long contentItemId) {
        requireMember(currentUser.require(), item(contentItemId));
        return assets.summariesOf(contentItemId);
    }

    /** One file's bytes, for a preview or a download. */
    @Transactional(readOnly = true)
    public AssetContent content(long assetId) {
        ContentAsset asset = assets.findById(assetId).orElseThrow(() -> noAsset(assetId));
        requireMember(currentUser.require(), item(asset.getContentItemId()));
        return new AssetContent(asset.getFileName(), asset.getContentType(), asset.getData());
    }

    @Transactional
    public void remove(long assetId) {
        AssetSummary asset = assets.summary(assetId).orElseThrow(() -> noAsset(assetId));
        requireMayChange(currentUser.require(), assets.lockItem(asset.contentItemId())
                .orElseThrow(() -> noItem(asset.contentItemId())));
        assets.deleteWithoutLoading(assetId);
    }

    /** Whether the signed-in person may add and remove the item's files now: for views to offer it or not. */
    @Transactional(readOnly = true)
    public boolean mayChange(long contentItemId) {
        var user = currentUser.find();
        var item = items.findById(contentItemId);
        return user.isPresent() && item.isPresent() && problemChanging(user.get(), item.get()) == null;
    }

    /**
     * The item's files as media for a post. No check of who asks: only publishing calls this, from the SOP, when
     * the item has passed its approvals.
     */
    List<Media> asMedia(long contentItemId) {
        return assets.findByContentItemIdOrderById(contentItemId).stream().map(asset -> new Media(asset.getData(),
                asset.getContentType(), asset.getFileName(), asset.getAltText(), asset.getSha256())).toList();
    }

    private ContentItem item(long contentItemId) {
        return items.findById(contentItemId).orElseThrow(() -> noItem(contentItemId));
    }

    private static NotFound noItem(long contentItemId) {
        return new NotFound("contentItem", "No content item " + contentItemId);
    }

    private static NotFound noAsset(long assetId) {
        return new NotFound("asset", "No file " + assetId);
    }

    private static void requireMember(EngineRoomUser user, ContentItem item) {
        if (!user.belongsTo(item.getBrandId()) && !user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Not a member of brand '" + item.getBrandId() + "'");
        }
    }

    private static void requireMayChange(EngineRoomUser user, ContentItem item) {
        requireMember(user, item);
        String problem = problemChanging(user, item);
        if (problem != null) {
            if (item.getState() == ContentItem.State.PUBLISHED) {
                throw new InvalidInput("file", problem);
            }
            throw new AccessDeniedException(problem);
        }
    }

    /** Why this person may not change the item's files, or null when they may. */
    private static String problemChanging(EngineRoomUser user, ContentItem item) {
        if (!user.belongsTo(item.getBrandId()) && !user.hasRole(Role.ADMIN)) {
            return "Not a member of brand '" + item.getBrandId() + "'";
        }
        if (user.groups().stream().allMatch(Role.AUDITOR.groupId()::equals)) {
            return "Auditors look at content, they do not change it";
        }
        if (item.getState() == ContentItem.State.PUBLISHED) {
            return "The item is published: its files can no longer change";
        }
        return null;
    }

    /** The name without any path a browser sent along, and without control characters. */
    private static String fileName(String fileName, Map<String, String> problems) {
        String name = fileName == null ? "" : fileName.replaceAll("^.*[/\\\\]", "").replaceAll("\\p{Cntrl}", "")
                .strip();
        if (name.isEmpty()) {
            problems.put("file", "The file has no name");
            return name;
        }
        return name.length() <= MAX_FILE_NAME ? name : name.substring(name.length() - MAX_FILE_NAME);
    }

    private static AssetSummary summary(ContentAsset asset) {
        return new AssetSummary(asset.getId(), asset.getContentItemId(), asset.getFileName(), asset.getContentType(),
                asset.getSizeBytes(), asset.getSha256(), asset.getAltText(), asset.getUploadedBy(),
                asset.getUploadedAt());
    }
}
