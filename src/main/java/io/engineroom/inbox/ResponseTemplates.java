package io.engineroom.inbox;

import io.engineroom.base.InvalidInput;
import io.engineroom.base.NotFound;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import io.engineroom.inbox.domain.Interaction;
import io.engineroom.inbox.domain.ResponseTemplate;
import io.engineroom.inbox.domain.ResponseTemplateRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
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
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(author|brand|agent|channel)}");

    private final ResponseTemplateRepository templates;
    private final BrandService brands;
    private final InteractionSummaries summaries;
    private final InboxAccess access;

    ResponseTemplates(ResponseTemplateRepository templates, BrandService brands, InteractionSummaries summaries,
            InboxAccess access) {
        this.templates = templates;
        this.brands = brands;
        this.summaries = summaries;
        this.access = access;
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

    /** Saves a new template for a brand: a social media manager or admin of the brand. */
    @Transactional
    public TemplateSummary define(String brandId, String name, String text) {
        EngineRoomUser user = access.requireMember(brandId);
        if (!user.hasRole(Role.SOCIAL_MANAGER) && !user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only a social media manager saves reply templates");
        }
        return save(brandId, name, text);
    }

    /**
     * Saves a template for set-up code that runs without a person (demo data); a template of that name is left as
     * it is.
     */
    @Transactional
    public void seed(String brandId, String name, String text) {
        if (!templates.existsByBrandIdAndName(brandId, name)) {
            save(brandId, name, text);
        }
    }

    private TemplateSummary save(String brandId, String name, String text) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (brands.find(brandId).isEmpty()) {
            problems.put("brand", "No brand '" + brandId + "'");
        }
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            problems.put("name", "A name of 1 to " + MAX_NAME + " characters is required");
        } else if (templates.existsByBrandIdAndName(brandId, name.strip())) {
            problems.put("name", "This brand has a template named '" + name.strip() + "' already");
        }
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            problems.put("text", "A text of 1 to " + MAX_TEXT + " characters is required");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return summary(templates.save(new ResponseTemplate(brandId, name.strip(), text)));
    }

    private static TemplateSummary summary(ResponseTemplate template) {
        return new TemplateSummary(template.getId(), template.getBrandId(), template.getName(), template.getText());
    }
}
