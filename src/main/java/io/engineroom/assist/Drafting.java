package io.engineroom.assist;

import static io.engineroom.content.ContentApprovalVariables.CONTENT_ITEM_ID;
import static io.engineroom.inbox.InteractionHandlingVariables.INTERACTION_ID;

import io.engineroom.assist.chat.ChatAnswer;
import io.engineroom.assist.chat.ChatDrafter;
import io.engineroom.assist.chat.ChatPrompt;
import io.engineroom.assist.chat.Prompts;
import io.engineroom.assist.domain.Suggestion;
import io.engineroom.assist.domain.SuggestionRepository;
import io.engineroom.base.InvalidInput;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.content.ContentPieces;
import io.engineroom.identity.CurrentUser;
import io.engineroom.identity.EngineRoomUser;
import io.engineroom.identity.Role;
import io.engineroom.inbox.ConversationThread;
import io.engineroom.inbox.ConversationThreads;
import io.engineroom.inbox.ResponseTemplates;
import io.engineroom.workflow.TaskDetails;
import io.engineroom.workflow.TaskInbox;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * AI drafts on a task, for the person who may work it. Who may ask is decided here, while the request is theirs:
 * the task must be one they can see and work (theirs, or open to claim), of a brand they belong to, in a role that
 * works such tasks, and the material (brief, thread) is read through its owners' own checks. The call to the
 * endpoint then runs on a worker thread, so the form stays usable while it waits; every answer, or the lack of one,
 * is recorded with its prompt for auditors.
 */
@Service
public class Drafting {

    static final List<Role> CAPTION_ROLES = List.of(Role.COPYWRITER, Role.SOCIAL_MANAGER, Role.ADMIN);
    static final List<Role> REPLY_ROLES = List.of(Role.COMMUNITY_MANAGER, Role.SUPPORT, Role.SOCIAL_MANAGER,
            Role.ADMIN);

    /** The most of a model's answer kept (the column's size); a caption or reply is far shorter. */
    static final int MAX_OUTPUT = 10_000;

    private final AssistSettings settings;
    private final CurrentUser currentUser;
    private final TaskInbox tasks;
    private final ContentPieces pieces;
    private final ConversationThreads threads;
    private final ResponseTemplates templates;
    private final BrandService brands;
    private final SuggestionRepository suggestions;
    private final Executor executor;
    private final Clock clock;
    private volatile ChatDrafter drafter;

    Drafting(AssistSettings settings, CurrentUser currentUser, TaskInbox tasks, ContentPieces pieces,
            ConversationThreads threads, ResponseTemplates templates, BrandService brands,
            SuggestionRepository suggestions, @Qualifier("assistExecutor") Executor executor, Clock clock) {
        this.settings = settings;
        this.currentUser = currentUser;
        this.tasks = tasks;
        this.pieces = pieces;
        this.threads = threads;
        this.templates = templates;
        this.brands = brands;
        this.suggestions = suggestions;
        this.executor = executor;
        this.clock = clock;
    }

    /** Whether drafting is set up at all (an endpoint address); off by default. */
    public boolean available() {
        return settings.enabled();
    }

    /**
     * Whether the signed-in person may ask for this kind of draft on this task (the button's rule; {@link #request}
     * checks it again).
     */
    public boolean mayAsk(TaskDetails task, SuggestionKind kind) {
        EngineRoomUser me = currentUser.find().orElse(null);
        return available() && me != null && fits(task, kind) && mayWork(me, task, kind);
    }

    /**
     * Asks for a draft for the signed-in person. Refusals of the person come at once (AccessDeniedException,
     * InvalidInput); the endpoint's answer comes with the future: a {@link Draft}, or a {@link DraftUnavailable}.
     */
    public CompletableFuture<Draft> request(String taskId, SuggestionKind kind) {
        if (!available()) {
            throw new InvalidInput("assist", "AI drafting is not set up");
        }
        EngineRoomUser me = currentUser.require();
        TaskDetails task = tasks.open(taskId);
        if (!fits(task, kind)) {
            throw new InvalidInput("assist", kind.action() + " is offered on " + kind.taskKey() + " only");
        }
        if (!mayWork(me, task, kind)) {
            throw new AccessDeniedException("Only someone who may work this task of their brand can ask for a draft");
        }
        Material material = material(task, kind);
        String requestedBy = me.id();
        ChatDrafter chat = drafter();
        try {
            return CompletableFuture.supplyAsync(() -> ask(chat, task, kind, material, requestedBy), executor);
        } catch (RejectedExecutionException full) {
            return CompletableFuture.failedFuture(new DraftUnavailable(SuggestionOutcome.FAILED,
                    "Too many drafts are being written right now: try again in a minute."));
        }
    }

    private Draft ask(ChatDrafter chat, TaskDetails task, SuggestionKind kind, Material material, String who) {
        ChatAnswer answer;
        try {
            answer = chat.draft(material.prompt());
        } catch (DraftUnavailable none) {
            record(task, kind, material, settings.chat().model(), null, none.outcome(), who);
            throw none;
        }
        Suggestion saved = record(task, kind, material, answer.model(), answer.text(), SuggestionOutcome.DRAFTED,
                who);
        return new Draft(saved.getId(), answer.text(), answer.model());
    }

    private Suggestion record(TaskDetails task, SuggestionKind kind, Material material, String model, String output,
            SuggestionOutcome outcome, String who) {
        String kept = output == null || output.length() <= MAX_OUTPUT ? output : output.substring(0, MAX_OUTPUT);
        return suggestions.save(new Suggestion(task.task().brandId(), kind, task.task().taskId(),
                material.businessKey(), model, material.prompt().recorded(), kept, outcome, who,
                clock.instant()));
    }

    private Material material(TaskDetails task, SuggestionKind kind) {
        Map<String, Object> variables = task.variables();
        String brandName = brands.find(task.task().brandId()).map(BrandSummary::name).orElse(task.task().brandId());
        if (kind == SuggestionKind.CAPTION) {
            long itemId = CONTENT_ITEM_ID.fromIfTyped(variables)
                    .orElseThrow(() -> new InvalidInput("assist", "This task names no content item"));
            return new Material(Prompts.caption(pieces.piece(itemId), brandName), "content:" + itemId);
        }
        String interactionId = INTERACTION_ID.fromIfTyped(variables)
                .orElseThrow(() -> new InvalidInput("assist", "This task names no interaction"));
        ConversationThread thread = threads.of(interactionId);
        return new Material(Prompts.reply(thread, templates.of(thread.brandId()), brandName),
                "interaction:" + interactionId);
    }

    private static boolean fits(TaskDetails task, SuggestionKind kind) {
        return kind.sopKey().equals(task.task().sopKey()) && kind.taskKey().equals(task.taskKey());
    }

    private static boolean mayWork(EngineRoomUser me, TaskDetails task, SuggestionKind kind) {
        List<Role> roles = kind == SuggestionKind.CAPTION ? CAPTION_ROLES : REPLY_ROLES;
        return me.belongsTo(task.task().brandId()) && roles.stream().anyMatch(me::hasRole)
                && (task.assignedToMe() || task.claimable());
    }

    /** Built once, on the first request: nothing about the endpoint is touched while drafting is off. */
    private ChatDrafter drafter() {
        ChatDrafter built = drafter;
        if (built == null) {
            synchronized (this) {
                if (drafter == null) {
                    drafter = new ChatDrafter(settings.chat());
                }
                built = drafter;
            }
        }
        return built;
    }

    private record Material(ChatPrompt prompt, String businessKey) {
    }
}
