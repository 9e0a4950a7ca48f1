package io.engineroom.workflow.inbox;

import io.engineroom.workflow.SopVariables;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Camunda is the source of truth for open tasks; the inbox is a copy. At start, and whenever asked, the copy
 * is compared with the engine and rebuilt from it if they disagree (for example after tasks were changed
 * with listeners skipped, or after a database restore).
 */
@Component
@Order(20)
public class InboxRebuild implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InboxRebuild.class);
    private static final int PAGE = 500;

    private final InboxStore store;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final TransactionTemplate transactions;

    InboxRebuild(InboxStore store, TaskService taskService, RuntimeService runtimeService,
            RepositoryService repositoryService, PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.store = store;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
    }

    @Override
    public void run(ApplicationArguments args) {
        // through the transaction template: a call from inside this bean would bypass its @Transactional proxy
        transactions.executeWithoutResult(status -> rebuildIfStale());
    }

    /**
     * Rebuilds when the number of rows differs from the number of open SOP tasks (a cheap check that catches
     * lost or left-over rows); true if it rebuilt.
     */
    @Transactional
    public boolean rebuildIfStale() {
        String[] sops = definitionKeys();
        long tasks = sops.length == 0 ? 0 : taskService.createTaskQuery().processDefinitionKeyIn(sops).count();
        if (tasks == store.count()) {
            return false;
        }
        log.warn("Inbox read model has {} rows for {} open tasks: rebuilding it from the engine", store.count(), tasks);
        rebuild();
        return true;
    }

    /** Replaces every row with what the engine says now, in one transaction (callers: start-up, tests). */
    @Transactional
    public void rebuild() {
        store.removeAll();
        for (int first = 0; ; first += PAGE) {
            List<Task> tasks = taskService.createTaskQuery().orderByTaskId().asc().listPage(first, PAGE);
            tasks.stream().filter(task -> task.getProcessInstanceId() != null).forEach(task -> store.save(row(task)));
            if (tasks.size() < PAGE) {
                return;
            }
        }
    }

    private String[] definitionKeys() {
        return repositoryService.createProcessDefinitionQuery().list().stream().map(ProcessDefinition::getKey)
                .distinct().toArray(String[]::new);
    }

    private InboxRow row(Task task) {
        ProcessDefinition definition = repositoryService.getProcessDefinition(task.getProcessDefinitionId());
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        String title = SopVariables.TITLE.findIfTyped(runtimeService, task.getExecutionId()).orElse(null);
        Set<IdentityLink> links = Set.copyOf(taskService.getIdentityLinksForTask(task.getId()));
        return new InboxRow(task.getId(), task.getTenantId(), task.getProcessInstanceId(),
                instance == null ? null : instance.getBusinessKey(), definition.getKey(), definition.getName(),
                task.getTaskDefinitionKey(), task.getName(), title == null ? task.getName() : title,
                task.getAssignee(), task.getCreateTime(), task.getDueDate(), task.getPriority(),
                InboxTaskListener.candidates(links, true), InboxTaskListener.candidates(links, false),
                taskService.getVariableLocal(task.getId(), InboxTaskListener.REMINDED_AT) instanceof Date reminded
                        ? reminded : null);
    }
}
