package io.engineroom.demo;

import io.engineroom.brand.BrandService;
import io.engineroom.brand.Market;
import io.engineroom.brand.MarketService;
import io.engineroom.brand.BrandDetails;
import io.engineroom.brand.ChannelService;
import io.engineroom.brand.EmojiPolicy;
import io.engineroom.brand.ChannelSummary;
import io.engineroom.brand.PillarService;
import io.engineroom.brand.PillarSummary;
import io.engineroom.brand.PillarTarget;
import io.engineroom.brand.VoiceGuideForm;
import io.engineroom.brand.VoiceGuides;
import io.engineroom.brand.Connector;
import io.engineroom.content.ContentApprovalVariables;
import io.engineroom.demo.platforms.DemoAccount;
import io.engineroom.demo.platforms.DemoPlatformsAddress;
import io.engineroom.content.ContentBrief;
import io.engineroom.content.ContentService;
import io.engineroom.identity.People;
import io.engineroom.identity.PersonForm;
import io.engineroom.identity.Role;
import io.engineroom.inbox.ResponseTemplates;
import io.engineroom.identity.UserDirectory;
import io.engineroom.reporting.KpiTargets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo brands with channels and content pillars, one user per role (password {@code demo}) and a few content items at different steps, so every
 * inbox has work on first start. Runs once, on an empty database, and only where {@code engineroom.demo.enabled}
 * is true (the default run; the postgres profile only when asked).
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "engineroom.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo";
    static final List<String> BRANDS = List.of("northwind", "beanleaf");
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final BrandService brands;
    private final ChannelService channels;
    private final PillarService pillars;
    private final UserDirectory users;
    private final ContentService content;
    private final TaskService taskService;
    private final ResponseTemplates templates;
    private final KpiTargets kpiTargets;
    private final People people;
    private final Environment environment;
    private final VoiceGuides voiceGuides;
    private final MarketService markets;

    DemoData(BrandService brands, ChannelService channels, PillarService pillars, UserDirectory users, People people,
            ContentService content, TaskService taskService, ResponseTemplates templates, KpiTargets kpiTargets,
            Environment environment, VoiceGuides voiceGuides, MarketService markets) {
        this.voiceGuides = voiceGuides;
        this.markets = markets;
        this.environment = environment;
        this.people = people;
        this.templates = templates;
        this.kpiTargets = kpiTargets;
        this.brands = brands;
        this.channels = channels;
        this.pillars = pillars;
        this.users = users;
        this.content = content;
        this.taskService = taskService;
    }

    /** Everyone the demo creates: one user per role (named after it) and a client approver per brand. */
    static List<String> userIds() {
        List<String> ids = new ArrayList<>(Arrays.stream(Role.values())
                .filter(role -> role != Role.CLIENT_APPROVER).map(Role::groupId).toList());
        ids.addAll(List.of("client-northwind", "client-beanleaf"));
        return ids;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!brands.isEmpty()) {
            return;
        }
        DemoAdmin.actAs(users, this::setUpTeam);
        planContent();
        log.info("Demo data ready: brands northwind and beanleaf, users per role with password '{}'", PASSWORD);
    }

    /** Brands, channels, people and policies: an administrator's work, done through the administration's services. */
    private void setUpTeam() {
        BrandDetails usual = BrandDetails.defaults("northwind", "Northwind Bank");
        brands.create(new BrandDetails("northwind", "Northwind Bank", ZoneId.of("Europe/London"), true, true,
                Duration.ofHours(48), null, usual.hours(), usual.holidays()));
        brands.create(new BrandDetails("beanleaf", "Bean & Leaf Coffee", ZoneId.of("Europe/Berlin"), false, false,
                Duration.ofHours(24), null, usual.hours(), usual.holidays()));
        connectChannels();
        for (String brand : List.of("northwind", "beanleaf")) {
            pillars.define(brand, List.of(new PillarTarget("Education", 40, false),
                    new PillarTarget("Community", 25, false), new PillarTarget("Inspiration", 20, false),
                    new PillarTarget("Promotion", 15, true)));
        }
        for (Role role : Role.values()) {
            if (role != Role.CLIENT_APPROVER && role != Role.ADMIN) {
                addPerson(role.groupId(), role.displayName(), "(demo)", role.groupId() + "@example.com", role,
                        Set.copyOf(BRANDS));
            }
        }
        // the admin exists already (it is who sets the demo up): it joins both brands, as on the People screen
        brands.addMember("northwind", DemoAdmin.ID);
        brands.addMember("beanleaf", DemoAdmin.ID);
        addPerson("client-northwind", "Nora", "Client (Northwind)", "client@northwind.example", Role.CLIENT_APPROVER,
                Set.of("northwind"));
        addPerson("client-beanleaf", "Ben", "Client (Bean & Leaf)", "client@beanleaf.example", Role.CLIENT_APPROVER,
                Set.of("beanleaf"));
        replyTemplates();
        kpiTargets();
        voiceGuides();
        markets();
    }

    /** Each brand's voice: a bank that promises nothing and uses few emoji, a coffee brand that is warm and plain. */
    private void voiceGuides() {
        voiceGuides.save("northwind", new VoiceGuideForm("Calm, clear and precise; we explain, we never promise "
                + "returns", "clear\nsecure\nplan", "guaranteed\nrisk-free\nget rich", "Capital at risk.\nHere to "
                + "help, seven days a week.", "#NorthwindBank", EmojiPolicy.SPARINGLY, 1, "#ad\nPaid partnership"));
        voiceGuides.save("beanleaf", new VoiceGuideForm("Warm, plain and a little playful; we talk like a barista, "
                + "not a billboard", "fresh\nroast\ncraft", "cheap\nbasic\nbest coffee ever", "Fresh from the "
                + "roastery.\nSee you at the bar.", "#BeanAndLeaf\n#FreshRoast", EmojiPolicy.SPARINGLY, 3,
                "#ad\n#sponsored"));
    }

    /** Two markets per brand, where content also goes out translated (a regulated one gets a local review). */
    private void markets() {
        markets.save(new Market("northwind", "de-DE", "de", "Europe/Berlin", "Germany", true, List.of()));
        markets.save(new Market("northwind", "fr-FR", "fr", "Europe/Paris", "France", true, List.of()));
        markets.save(new Market("beanleaf", "de-AT", "de", "Europe/Vienna", "Austria", false, List.of()));
        markets.save(new Market("beanleaf", "fr-CH", "fr", "Europe/Zurich", "Romandy", true, List.of()));
    }

    /**
     * The brands' accounts on the platforms' stand-ins this app serves in demo mode: the real connectors post, read,
     * reply and moderate there as they would on the platforms, at the address this run listens on.
     */
    private void connectChannels() {
        String standIns = DemoPlatformsAddress.of(environment);
        for (DemoAccount account : List.of(DemoAccount.NORTHWIND_LINKEDIN, DemoAccount.NORTHWIND_X,
                DemoAccount.NORTHWIND_BLUESKY)) {
            channels.addPlatformAccount("northwind", account.connector(), account.tokens(standIns), true);
        }
        channels.addPlatformAccount("beanleaf", Connector.INSTAGRAM, DemoAccount.BEANLEAF_INSTAGRAM.tokens(standIns),
                true);
        DemoAccount mastodon = DemoAccount.BEANLEAF_MASTODON;
        channels.addMastodon("beanleaf", mastodon.handle(), mastodon.apiUrl(standIns), mastodon.accessToken(), false);
    }

    /** A few content items at different steps, so the copywriter's, designer's and reviewer's inboxes have work. */
    private void planContent() {
        plan("northwind", "Savings week: three tips for a first budget", "Education", 6);
        plan("beanleaf", "Autumn blend launch teaser", "Promotion", 5);
        long northwindCopy = plan("northwind", "Branch opening hours over the holidays", "Community", 4);
        long beanleafCopy = plan("beanleaf", "Meet our roaster: behind the beans", "Inspiration", 3);
        long beanleafReview = plan("beanleaf", "Latte art contest: winners", "Community", 2);
        writeBrief(northwindCopy, "Customers know when branches are open over the holidays", false);
        // with a visual: the copywriter and the designer each get a task
        writeBrief(beanleafCopy, "Our roaster's craft is why the coffee tastes the way it does", true);
        writeBrief(beanleafReview, "Celebrate the community and show the winning latte art", false);
        writeCopy(beanleafReview, "Three cups, three artists, one winner. Meet this year's latte art champions!");
    }

    /**
     * Targets per weekly report: a regulated bank answers fast and posts less, a coffee brand lives on engagement.
     * Percentages as percent, first response in minutes, approval in hours.
     */
    private void kpiTargets() {
        kpiTargets.define("northwind", Map.of("posts_published", 5.0, "engagement_rate", 2.5, "sla_compliance", 95.0,
                "first_response_minutes", 60.0, "approval_cycle_hours", 72.0, "negative_share", 15.0));
        kpiTargets.define("beanleaf", Map.of("posts_published", 10.0, "engagement_rate", 5.0, "follower_change", 150.0,
                "sla_compliance", 90.0, "first_response_minutes", 120.0, "approval_cycle_hours", 36.0));
    }

    /** Saved replies with the placeholders the inbox fills in, saved as the Brand policies screen saves them. */
    private void replyTemplates() {
        for (String brand : List.of("northwind", "beanleaf")) {
            templates.define(brand, "Thanks", "Thank you, {author}! Glad you like it. {agent} for {brand}");
            templates.define(brand, "Sorry, we are on it", "Hi {author}, sorry about that. We are looking into it and "
                    + "will get back to you here on {channel}. {agent}, {brand}");
            templates.define(brand, "Move to a private message", "Hi {author}, could you send us a direct message "
                    + "with the details? We will sort it out from there. {agent} ({brand})");
        }
    }

    /**
     * Invites the person as the People screen does; instead of the person choosing a password through the link, the
     * demo gives everyone its one known password (demo mode has no password policy).
     */
    private void addPerson(String userId, String firstName, String lastName, String email, Role role,
            Set<String> brandIds) {
        people.invite(new PersonForm(userId, firstName, lastName, email, Set.of(role), brandIds));
        users.changePassword(userId, PASSWORD);
    }

    /** A content item on the brand's main channels, in the given pillar, due the given days from now at 10:00. */
    private long plan(String brand, String title, String pillar, int daysAhead) {
        ZoneId zone = brands.settings(brand).timeZone();
        Instant publishAt = LocalDate.now(zone).plusDays(daysAhead).atTime(10, 0).atZone(zone).toInstant();
        Long pillarId = pillars.of(brand).stream().filter(p -> p.name().equals(pillar)).findFirst()
                .map(PillarSummary::id).orElse(null);
        Set<Long> mainChannels = channels.of(brand).stream().filter(ChannelSummary::mainChannel)
                .map(ChannelSummary::id).collect(Collectors.toSet());
        return content.plan(brand, new ContentBrief(title, null, null, null, pillarId, "Autumn", publishAt,
                mainChannels));
    }

    private void writeBrief(long contentItemId, String keyMessage, boolean needsVisual) {
        VariableMap brief = Variables.createVariables();
        ContentApprovalVariables.OBJECTIVE.put(brief, "engagement");
        ContentApprovalVariables.KEY_MESSAGE.put(brief, keyMessage);
        ContentApprovalVariables.NEEDS_VISUAL.put(brief, needsVisual);
        complete(contentItemId, brief);
    }

    private void writeCopy(long contentItemId, String caption) {
        VariableMap copy = Variables.createVariables();
        ContentApprovalVariables.CAPTION.put(copy, caption);
        ContentApprovalVariables.HASHTAGS.put(copy, "#community");
        complete(contentItemId, copy);
    }

    private void complete(long contentItemId, VariableMap variables) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey("content:" + contentItemId)
                .singleResult();
        taskService.complete(task.getId(), variables);
    }
}
