package io.engineroom.content;

import io.engineroom.content.domain.ContentItem;
import io.engineroom.content.domain.ContentItemRepository;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plans content items and runs each through the content-approval SOP. */
@Service
public class ContentService {

    public static final String SOP_KEY = "content-approval";

    private final ContentItemRepository items;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final BriefCheck briefCheck;

    ContentService(ContentItemRepository items, RuntimeService runtimeService, IdentityService identityService,
            BriefCheck briefCheck) {
        this.items = items;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.briefCheck = briefCheck;
    }

    /** Plans a content item with only a title; the brief is written in the SOP's first task. */
    @Transactional
    public long plan(String brandId, String title) {
        return plan(brandId, new ContentBrief(title, null, null, null, null, null, null, null));
    }

    /**
     * Plans a content item for a brand and starts its approval SOP; returns the item id. The brief is checked
     * first (nothing is saved when it is refused). Runs as whoever is signed in to the engine, so only a member
     * of the brand can plan for it.
     */
    @Transactional
    public long plan(String brandId, ContentBrief brief) {
        briefCheck.check(brandId, brief);
        var authentication = identityService.getCurrentAuthentication();
        ContentItem item = new ContentItem(brandId, brief.title().trim(),
                authentication == null ? null : authentication.getUserId());
        item.brief(brief.objective(), brief.audience(), brief.keyMessage(), brief.pillarId(), brief.campaign(),
                brief.publishAt(), brief.channelIds());
        item = items.saveAndFlush(item);
        Map<String, Object> variables = new HashMap<>();
        variables.put("brand", brandId);
        variables.put("title", item.getTitle());
        variables.put("contentItemId", item.getId());
        putIfPresent(variables, "objective", brief.objective());
        putIfPresent(variables, "audience", brief.audience());
        putIfPresent(variables, "keyMessage", brief.keyMessage());
        putIfPresent(variables, "campaign", brief.campaign());
        putIfPresent(variables, "publishAt", brief.publishAt() == null ? null : Date.from(brief.publishAt()));
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(SOP_KEY, item.businessKey(), variables);
        item.startedAs(instance.getId());
        return item.getId();
    }

    private static void putIfPresent(Map<String, Object> variables, String name, Object value) {
        if (value != null) {
            variables.put(name, value);
        }
    }

    @Transactional
    public void markApproved(long contentItemId) {
        items.findById(contentItemId).orElseThrow(
                () -> new IllegalStateException("No content item " + contentItemId)).approve();
    }

    @Transactional(readOnly = true)
    public ContentItemSummary get(long contentItemId) {
        ContentItem item = items.findById(contentItemId).orElseThrow(
                () -> new IllegalArgumentException("No content item " + contentItemId));
        return new ContentItemSummary(item.getId(), item.getBrandId(), item.getTitle(), item.getState().name(),
                item.getProcessInstanceId());
    }
}
