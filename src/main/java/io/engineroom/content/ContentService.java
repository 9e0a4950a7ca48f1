package io.engineroom.content;

import io.engineroom.content.domain.ContentItem;
import io.engineroom.content.domain.ContentItemRepository;
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

    ContentService(ContentItemRepository items, RuntimeService runtimeService, IdentityService identityService) {
        this.items = items;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
    }

    /**
     * Plans a content item for a brand and starts its approval SOP; returns the item id. Runs as whoever is
     * signed in to the engine, so only a member of the brand can plan for it.
     */
    @Transactional
    public long plan(String brandId, String title) {
        var authentication = identityService.getCurrentAuthentication();
        ContentItem item = items.saveAndFlush(new ContentItem(brandId, title,
                authentication == null ? null : authentication.getUserId()));
        Map<String, Object> variables = new HashMap<>();
        variables.put("brand", brandId);
        variables.put("title", title);
        variables.put("contentItemId", item.getId());
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(SOP_KEY, item.businessKey(), variables);
        item.startedAs(instance.getId());
        return item.getId();
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
