package io.engineroom.audit;

import io.engineroom.audit.history.FormAnswers;
import io.engineroom.audit.history.HistoryAccess;
import io.engineroom.audit.history.HistoryReader;
import io.engineroom.audit.history.InstanceQueries;
import io.engineroom.audit.history.PersonQueries;
import io.engineroom.audit.history.SqlFilter;
import io.engineroom.audit.history.TakenPath;
import io.engineroom.audit.history.ValueText;
import io.engineroom.base.InvalidInput;
import io.engineroom.brand.BrandService;
import io.engineroom.brand.BrandSummary;
import io.engineroom.workflow.SopOption;
import io.engineroom.workflow.TaskInbox;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.history.UserOperationLogQuery;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.query.NativeQuery;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Service;

/**
 * The audit history of SOP instances, read from Camunda's history (level {@code full}); it never writes. Every
 * method checks who is asking ({@link HistoryAccess}): auditors, social media managers and administrators, and only
 * the instances, tasks and log entries of their brands — an instance of another brand does not exist for them.
 */
@Service
public class ProcessHistory {

    /** The most rows one call returns: screens and exports page through larger results. */
    public static final int MAX_PAGE = 1000;

    private final HistoryService historyService;
    private final RepositoryService repositoryService;
    private final HistoryAccess access;
    private final InstanceQueries instanceQueries;
    private final PersonQueries personQueries;
    private final BrandService brands;
    private final TaskInbox taskInbox;

    ProcessHistory(HistoryService historyService, RepositoryService repositoryService, HistoryAccess access,
            InstanceQueries instanceQueries, PersonQueries personQueries, BrandService brands, TaskInbox taskInbox) {
        this.historyService = historyService;
        this.repositoryService = repositoryService;
        this.access = access;
        this.instanceQueries = instanceQueries;
        this.personQueries = personQueries;
        this.brands = brands;
        this.taskInbox = taskInbox;
    }

    /** The brands the caller may search (an administrator: all). */
    public List<BrandSummary> brands() {
        HistoryReader reader = access.require();
        return reader.allBrands() ? brands.all() : brands.find(reader.brands());
    }

    /** Every SOP ever deployed (by key, with its latest name), for the search's SOP choice. */
    public List<SopOption> sops() {
        access.require();
        return taskInbox.sops();
    }

    public List<InstanceSummary> search(HistorySearch search, int offset, int limit) {
        return search(search, null, offset, limit);
    }

    /**
     * As {@link #search(HistorySearch, int, int)}, of the instances started no later than {@code asOf} (null: any):
     * an export pins it to its own start, so instances started meanwhile cannot shift its pages.
     */
    public List<InstanceSummary> search(HistorySearch search, Instant asOf, int offset, int limit) {
        HistoryReader reader = access.require();
        check(search.from(), search.to(), offset, limit);
        if (reader.seesNothing()) {
            return List.of();
        }
        SqlFilter filter = instanceQueries.filter(search, reader, asOf);
        var query = withParameters(historyService.createNativeHistoricProcessInstanceQuery()
                .sql(instanceQueries.select(filter)), filter);
        Map<String, ProcessDefinition> definitions = new HashMap<>();
        return query.listPage(offset, limit).stream().map(instance -> summary(instance, definitions)).toList();
    }

    public long count(HistorySearch search) {
        return count(search, null);
    }

    public long count(HistorySearch search, Instant asOf) {
        HistoryReader reader = access.require();
        check(search.from(), search.to(), 0, 1);
        if (reader.seesNothing()) {
            return 0;
        }
        SqlFilter filter = instanceQueries.filter(search, reader, asOf);
        return withParameters(historyService.createNativeHistoricProcessInstanceQuery()
                .sql(instanceQueries.count(filter)), filter).count();
    }

    /** One instance's whole history, or empty when it does not exist or belongs to a brand the caller is not in. */
    public Optional<InstanceHistory> instance(String processInstanceId) {
        HistoryReader reader = access.require();
        if (processInstanceId == null || processInstanceId.isBlank()) {
            return Optional.empty();
        }
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null || !reader.mayRead(instance.getTenantId())) {
            return Optional.empty();
        }
        InstanceSummary summary = summary(instance, new HashMap<>());
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(instance.getProcessDefinitionId());
        List<HistoricActivityInstance> activities = historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc().list();
        List<HistoricVariableUpdate> updates = historyService.createHistoricDetailQuery()
                .processInstanceId(processInstanceId).variableUpdates().disableBinaryFetching()
                .disableCustomObjectDeserialization().orderByTime().asc().orderPartiallyByOccurrence().asc().list()
                .stream().map(HistoricVariableUpdate.class::cast).toList();
        Set<String> active = activities.stream().filter(activity -> activity.getEndTime() == null)
                .map(TakenPath::elementId).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, Long> counts = activities.stream().filter(activity -> !isBody(activity))
                .collect(Collectors.groupingBy(TakenPath::elementId, TreeMap::new, Collectors.counting()));
        List<OperationEntry> operations = historyService.createUserOperationLogQuery()
                .processInstanceId(processInstanceId).orderByTimestamp().asc().list().stream()
                .map(ProcessHistory::operation).toList();
        return Optional.of(new InstanceHistory(summary, xml(instance.getProcessDefinitionId()),
                TakenPath.of(model, activities), active, counts, timeline(activities, updates),
                variableChanges(activities, updates, processInstanceId), operations));
    }

    /** The tasks one person completed, newest first, in the caller's brands. */
    public List<CompletedTask> completedTasks(PersonFilter person, int offset, int limit) {
        return completedTasks(person, null, offset, limit);
    }

    /** As {@link #completedTasks(PersonFilter, int, int)}, of tasks completed no later than {@code asOf}. */
    public List<CompletedTask> completedTasks(PersonFilter person, Instant asOf, int offset, int limit) {
        HistoryReader reader = access.require();
        check(person, offset, limit);
        if (reader.seesNothing()) {
            return List.of();
        }
        SqlFilter filter = personQueries.filter(person, reader, asOf);
        List<HistoricTaskInstance> tasks = withParameters(historyService.createNativeHistoricTaskInstanceQuery()
                .sql(personQueries.select(filter)), filter).listPage(offset, limit);
        Map<String, String> businessKeys = businessKeys(tasks.stream()
                .map(HistoricTaskInstance::getProcessInstanceId).collect(Collectors.toSet()));
        Map<String, List<HistoricVariableUpdate>> answers = answers(tasks);
        return tasks.stream().map(task -> completedTask(task, businessKeys,
                answers.getOrDefault(task.getActivityInstanceId(), List.of()))).toList();
    }

    public long countCompletedTasks(PersonFilter person) {
        return countCompletedTasks(person, null);
    }

    public long countCompletedTasks(PersonFilter person, Instant asOf) {
        HistoryReader reader = access.require();
        check(person, 0, 1);
        if (reader.seesNothing()) {
            return 0;
        }
        SqlFilter filter = personQueries.filter(person, reader, asOf);
        return withParameters(historyService.createNativeHistoricTaskInstanceQuery()
                .sql(personQueries.count(filter)), filter).count();
    }

    /** One person's user operation log entries, newest first, in the caller's brands (the decision does not apply). */
    public List<OperationEntry> operations(PersonFilter person, int offset, int limit) {
        return operations(person, null, offset, limit);
    }

    /** As {@link #operations(PersonFilter, int, int)}, of entries made no later than {@code asOf}. */
    public List<OperationEntry> operations(PersonFilter person, Instant asOf, int offset, int limit) {
        HistoryReader reader = access.require();
        check(person, offset, limit);
        if (reader.seesNothing()) {
            return List.of();
        }
        return operationQuery(person, reader, asOf).orderByTimestamp().desc().listPage(offset, limit).stream()
                .map(ProcessHistory::operation).toList();
    }

    public long countOperations(PersonFilter person) {
        return countOperations(person, null);
    }

    public long countOperations(PersonFilter person, Instant asOf) {
        HistoryReader reader = access.require();
        check(person, 0, 1);
        return reader.seesNothing() ? 0 : operationQuery(person, reader, asOf).count();
    }

    private UserOperationLogQuery operationQuery(PersonFilter person, HistoryReader reader, Instant asOf) {
        UserOperationLogQuery query = historyService.createUserOperationLogQuery().userId(person.userId());
        if (!reader.allBrands()) {
            query.tenantIdIn(reader.brands().toArray(String[]::new));
        }
        if (person.from() != null) {
            // the log's "after" is exclusive; the range's start is not
            query.afterTimestamp(Date.from(person.from().minusMillis(1)));
        }
        // "before" is exclusive: the range's end is too, the export's moment is not
        Instant before = asOf == null ? person.to()
                : person.to() == null || asOf.isBefore(person.to()) ? asOf.plusMillis(1) : person.to();
        if (before != null) {
            query.beforeTimestamp(Date.from(before));
        }
        if (person.sopKey() != null) {
            query.processDefinitionKey(person.sopKey());
        }
        return query;
    }

    /**
     * The form answers of a page of tasks, by the task's activity instance, in one query for the page (Camunda has
     * no "activity instance in" condition; the instances' text and yes/no updates, narrowed here, come close).
     */
    private Map<String, List<HistoricVariableUpdate>> answers(List<HistoricTaskInstance> tasks) {
        Set<String> activityInstanceIds = tasks.stream().map(HistoricTaskInstance::getActivityInstanceId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        if (activityInstanceIds.isEmpty()) {
            return Map.of();
        }
        List<HistoricDetail> details = historyService.createHistoricDetailQuery()
                .processInstanceIdIn(tasks.stream().map(HistoricTaskInstance::getProcessInstanceId).distinct()
                        .toArray(String[]::new))
                .variableTypeIn("string", "boolean").variableUpdates().disableBinaryFetching()
                .disableCustomObjectDeserialization().orderByTime().asc().orderPartiallyByOccurrence().asc().list();
        return details.stream().map(HistoricVariableUpdate.class::cast)
                .filter(update -> activityInstanceIds.contains(update.getActivityInstanceId()))
                .filter(update -> FormAnswers.isDecision(update.getVariableName())
                        || FormAnswers.isComment(update.getVariableName()))
                .collect(Collectors.groupingBy(HistoricVariableUpdate::getActivityInstanceId, LinkedHashMap::new,
                        Collectors.toList()));
    }

    private CompletedTask completedTask(HistoricTaskInstance task, Map<String, String> businessKeys,
            List<HistoricVariableUpdate> updates) {
        return new CompletedTask(task.getId(), task.getProcessInstanceId(), task.getProcessDefinitionKey(),
                businessKeys.get(task.getProcessInstanceId()), task.getTenantId(), task.getName(),
                instant(task.getEndTime()), last(updates, FormAnswers::isDecision),
                last(updates, FormAnswers::isComment));
    }

    private Map<String, String> businessKeys(Set<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> keys = new HashMap<>();
        historyService.createHistoricProcessInstanceQuery().processInstanceIds(processInstanceIds).list()
                .forEach(instance -> keys.put(instance.getId(), instance.getBusinessKey()));
        return keys;
    }

    private List<TimelineStep> timeline(List<HistoricActivityInstance> activities,
            List<HistoricVariableUpdate> updates) {
        Map<String, List<HistoricVariableUpdate>> byActivity = updates.stream()
                .filter(update -> update.getActivityInstanceId() != null)
                .collect(Collectors.groupingBy(HistoricVariableUpdate::getActivityInstanceId));
        // the engine's clock: a running step's duration is measured from the start time the engine stamped on it
        Instant now = ClockUtil.getCurrentTime().toInstant();
        List<TimelineStep> steps = new ArrayList<>();
        for (HistoricActivityInstance activity : activities) {
            if (isBody(activity)) {
                continue;
            }
            List<HistoricVariableUpdate> answers = byActivity.getOrDefault(activity.getId(), List.of());
            Instant started = instant(activity.getStartTime());
            Instant ended = instant(activity.getEndTime());
            steps.add(new TimelineStep(activity.getActivityId(),
                    activity.getActivityName() == null ? activity.getActivityId() : activity.getActivityName(),
                    activity.getActivityType(), activity.getAssignee(), started, ended,
                    Duration.between(started, ended == null ? now : ended),
                    last(answers, FormAnswers::isDecision), last(answers, FormAnswers::isComment)));
        }
        return steps;
    }

    private static List<VariableChange> variableChanges(List<HistoricActivityInstance> activities,
            List<HistoricVariableUpdate> updates, String processInstanceId) {
        Map<String, HistoricActivityInstance> byId = activities.stream()
                .collect(Collectors.toMap(HistoricActivityInstance::getId, Function.identity(), (a, b) -> a));
        Map<String, String> lastValue = new HashMap<>();
        List<VariableChange> changes = new ArrayList<>();
        for (HistoricVariableUpdate update : updates) {
            String value = ValueText.of(update);
            String old = lastValue.put(update.getVariableInstanceId(), value);
            HistoricActivityInstance where = byId.get(update.getActivityInstanceId());
            String activityName = where != null
                    ? (where.getActivityName() == null ? where.getActivityId() : where.getActivityName())
                    : processInstanceId.equals(update.getActivityInstanceId()) ? "(instance)" : null;
            changes.add(new VariableChange(update.getVariableName(), old, value, instant(update.getTime()),
                    activityName, update.getTaskId() != null ? update.getTaskId()
                            : where == null ? null : where.getTaskId()));
        }
        return changes;
    }

    private InstanceSummary summary(HistoricProcessInstance instance, Map<String, ProcessDefinition> definitions) {
        ProcessDefinition definition = definitions.computeIfAbsent(instance.getProcessDefinitionId(),
                repositoryService::getProcessDefinition);
        Outcome outcome = Outcome.of(instance.getState());
        String endEvent = null;
        if (instance.getEndActivityId() != null) {
            FlowElement element = repositoryService.getBpmnModelInstance(definition.getId())
                    .getModelElementById(instance.getEndActivityId());
            endEvent = element == null || element.getName() == null ? instance.getEndActivityId() : element.getName();
        }
        return new InstanceSummary(instance.getId(), definition.getKey(),
                definition.getName() == null ? definition.getKey() : definition.getName(), definition.getVersion(),
                instance.getTenantId(), instance.getBusinessKey(), instant(instance.getStartTime()),
                instant(instance.getEndTime()), instance.getStartUserId(), outcome, endEvent);
    }

    private static OperationEntry operation(UserOperationLogEntry entry) {
        return new OperationEntry(instant(entry.getTimestamp()), entry.getUserId(), entry.getOperationType(),
                entry.getEntityType(), entry.getProperty(), entry.getOrgValue(), entry.getNewValue(),
                entry.getProcessInstanceId(), entry.getProcessDefinitionKey(), entry.getTaskId());
    }

    private String xml(String processDefinitionId) {
        try (InputStream model = repositoryService.getProcessModel(processDefinitionId)) {
            return new String(model.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String last(List<HistoricVariableUpdate> updates, java.util.function.Predicate<String> wanted) {
        String found = null;
        for (HistoricVariableUpdate update : updates) {
            if (wanted.test(update.getVariableName())) {
                found = ValueText.of(update);
            }
        }
        return found;
    }

    private static boolean isBody(HistoricActivityInstance activity) {
        return "multiInstanceBody".equals(activity.getActivityType());
    }

    private static <Q extends NativeQuery<Q, ?>> Q withParameters(Q query, SqlFilter filter) {
        filter.parameters().forEach(query::parameter);
        return query;
    }

    private static void check(Instant from, Instant to, int offset, int limit) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (from != null && to != null && !to.isAfter(from)) {
            problems.put("to", "The end of the range must be after its start");
        }
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            problems.put("page", "A page is 1 to " + MAX_PAGE + " rows from offset 0 or more");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static void check(PersonFilter person, int offset, int limit) {
        if (person == null || person.userId() == null || person.userId().isBlank()) {
            throw new InvalidInput("userId", "Choose the person");
        }
        check(person.from(), person.to(), offset, limit);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
