package io.engineroom.inbox;

import io.engineroom.base.AdminChange;
import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import io.engineroom.brand.BrandPolicyAccess;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.inbox.domain.Interaction;
import io.engineroom.inbox.domain.ResponseTemplate;
import io.engineroom.inbox.domain.ResponseTemplateRepository;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved replies per brand. A template's placeholders are filled for one interaction when it is picked:
 * {@code {author}} (the author's name, else handle), {@code {brand}} (the brand's name), {@code {agent}} (the person
 * replying) and {@code {channel}} (the channel in words). Unknown placeholders stay as they are, for the person to see.
 */
@Service
public class ResponseTemplates {

    public static final int MAX_NAME = 100;
    public static final int MAX_TEXT = 5000;
    /** The placeholders a template may hold, in the order the editor lists them. */
    public static final List<String> PLACEHOLDERS = List.of("author", "agent", "brand", "channel");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(author|brand|agent|channel)}");
    private static final Pattern ANY_PLACEHOLDER = Pattern.compile("\\{([^{}\\s]*)}");

    private final ResponseTemplateRepository templates;
    private final BrandService brands;
    private final InteractionSummaries summaries;
    private final InboxAccess access;
    private final BrandPolicyAccess policyAccess;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResponseTemplates(ResponseTemplateRepository templates, BrandService brands, InteractionSummaries summaries,
            InboxAccess access, BrandPolicyAccess policyAccess, ApplicationEventPublisher events, Clock clock) {
        this.templates = templates;
        this.brands = brands;
        this.summaries = summaries;
        this.access = access;
        this.policyAccess = policyAccess;
        this.events = events;
        this.clock = clock;
    }

    /** The brand's templates by name, for a member of the brand in an inbox role. */
    @Transactional(readOnly = true)
    public List<TemplateSummary> of(String brandId) {
        access.requireMember(brandId);
        return templates.findByBrandIdOrderByName(brandId).stream().map(ResponseTemplates::summary).toList();
    }

    /** The template's text with its placeholders filled for this interaction and the person replying. */
    @Transactional(readOnly = true)
    public String fill(long templateId, String interactionId) {
        Interaction interaction = access.interaction(interactionId);
        EngineRoomUser agent = access.requireMember(interaction.getBrandId());
        ResponseTemplate template = templates.findById(templateId)
                .filter(found -> found.getBrandId().equals(interaction.getBrandId()))
                .orElseThrow(() -> new NotFound("template", "No template " + templateId + " for this brand"));
        InteractionSummary summary = summaries.converter().of(interaction);
        return fill(template.getText(), Map.of(
                "author", summary.authorDisplay(),
                "brand", brands.find(interaction.getBrandId()).map(BrandSummary::name).orElse(interaction.getBrandId()),
                "agent", agent.displayName(),
                "channel", summary.channelLabel()));
    }

    /** Replaces each known placeholder by its value, in one pass: a value that looks like a placeholder stays. */
    static String fill(String text, Map<String, String> values) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String value = values.getOrDefault(placeholder.group(1), placeholder.group());
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }

    /** The brand's templates by name, for its policy editor: an admin or a social media manager of the brand. */
    @Transactional(readOnly = true)
    public List<TemplateSummary> managed(String brandId) {
        policyAccess.require(brandId);
        return templates.findByBrandIdOrderByName(brandId).stream().map(ResponseTemplates::summary).toList();
    }

    /** Saves a new template for a brand: an admin or a social media manager of the brand. */
    @Transactional
    public TemplateSummary define(String brandId, String name, String text) {
        EngineRoomUser user = policyAccess.require(brandId);
        TemplateSummary saved = save(brandId, null, name, text, true);
        recordChange(user, brandId, saved.name(), "template added", Map.of(), Map.of("Text", saved.text()));
        return saved;
    }

    /** Renames or rewrites one of the brand's templates: an admin or a social media manager of the brand. */
    @Transactional
    public TemplateSummary change(String brandId, long templateId, String name, String text) {
        EngineRoomUser user = policyAccess.require(brandId);
        ResponseTemplate template = ofBrand(brandId, templateId);
        Map<String, String> before = Map.of("Name", template.getName(), "Text", template.getText());
        TemplateSummary saved = save(brandId, template, name, text, true);
        recordChange(user, brandId, saved.name(), "template changed", before,
                Map.of("Name", saved.name(), "Text", saved.text()));
        return saved;
    }

    /** Removes one of the brand's templates (replies already sent keep their text). */
    @Transactional
    public void remove(String brandId, long templateId) {
        EngineRoomUser user = policyAccess.require(brandId);
        ResponseTemplate template = ofBrand(brandId, templateId);
        templates.delete(template);
        recordChange(user, brandId, template.getName(), "template removed", Map.of("Text", template.getText()),
                Map.of());
    }

    /** The placeholders in a text that the inbox would not fill, each once, in order: {@code {order}}. */
    public static Set<String> unknownPlaceholders(String text) {
        Set<String> unknown = new LinkedHashSet<>();
        if (text != null) {
            Matcher placeholder = ANY_PLACEHOLDER.matcher(text);
            while (placeholder.find()) {
                if (!PLACEHOLDERS.contains(placeholder.group(1))) {
                    unknown.add(placeholder.group());
                }
            }
        }
        return unknown;
    }

    /** The text as a reply would read, with sample values for the placeholders (the brand's own name). */
    public static String preview(String text, String brandName, String agentName) {
        return fill(text == null ? "" : text, Map.of("author", "Ana Example", "agent", agentName, "brand", brandName,
                "channel", "Mastodon @" + brandName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "")));
    }

    private ResponseTemplate ofBrand(String brandId, long templateId) {
        return templates.findById(templateId).filter(found -> found.getBrandId().equals(brandId))
                .orElseThrow(() -> new NotFound("template", "No template " + templateId + " for this brand"));
    }

    private void recordChange(EngineRoomUser user, String brandId, String name, String action,
            Map<String, String> before, Map<String, String> after) {
        events.publishEvent(new AdminChange("policy", "Reply template '" + name + "'", brandId, action, user.id(),
                clock.instant(), before, after));
    }

    /**
     * Saves a template for set-up code that runs without a person (demo data); a template of that name is left as
     * it is.
     */
    @Transactional
    public void seed(String brandId, String name, String text) {
        if (!templates.existsByBrandIdAndName(brandId, name)) {
            save(brandId, null, name, text, false);
        }
    }

    /**
     * Creates (template null) or changes a template; {@code strict} refuses placeholders the inbox would not fill,
     * which a person editing should hear about (set-up code's templates are taken as they are).
     */
    private TemplateSummary save(String brandId, ResponseTemplate template, String name, String text,
            boolean strict) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (brands.find(brandId).isEmpty()) {
            problems.put("brand", "No brand '" + brandId + "'");
        }
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            problems.put("name", "A name of 1 to " + MAX_NAME + " characters is required");
        } else if ((template == null || !template.getName().equals(name.strip()))
                && templates.existsByBrandIdAndName(brandId, name.strip())) {
            problems.put("name", "This brand has a template named '" + name.strip() + "' already");
        }
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            problems.put("text", "A text of 1 to " + MAX_TEXT + " characters is required");
        } else if (strict && !unknownPlaceholders(text).isEmpty()) {
            problems.put("text", "Unknown placeholder " + String.join(", ", unknownPlaceholders(text))
                    + ": use {" + String.join("}, {", PLACEHOLDERS) + "}");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (template == null) {
            return summary(templates.save(new ResponseTemplate(brandId, name.strip(), text)));
        }
        template.rewrite(name.strip(), text);
        return summary(template);
    }

    private static TemplateSummary summary(ResponseTemplate template) {
        return new TemplateSummary(template.getId(), template.getBrandId(), template.getName(), template.getText());
    }
}
