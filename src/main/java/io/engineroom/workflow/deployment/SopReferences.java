package io.engineroom.workflow.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.ModelParseException;

/** Which BPMN models use which Camunda Forms (by {@code camunda:formRef}), across one set of SOP files. */
class SopReferences {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<SopFile> files;
    private final Map<SopFile, Set<String>> formIdsUsedBy = new HashMap<>();
    private final Map<SopFile, String> formIdOf = new HashMap<>();

    SopReferences(List<SopFile> files) {
        this.files = files;
        for (SopFile file : files) {
            if (file.isBpmn()) {
                formIdsUsedBy.put(file, formRefs(file));
            } else if (file.isForm()) {
                formIdOf.put(file, formId(file));
            }
        }
    }

    /** The changed files plus the forms their models use and the models that use their forms. */
    Set<SopFile> withDependents(Collection<SopFile> changed) {
        Set<SopFile> result = new LinkedHashSet<>(changed);
        boolean grew = true;
        while (grew) {
            Set<String> formIds = new HashSet<>();
            result.forEach(file -> {
                formIds.addAll(formIdsUsedBy.getOrDefault(file, Set.of()));
                if (formIdOf.containsKey(file)) {
                    formIds.add(formIdOf.get(file));
                }
            });
            int before = result.size();
            for (SopFile file : files) {
                boolean usesChangedForm = formIdsUsedBy.getOrDefault(file, Set.of()).stream().anyMatch(formIds::contains);
                boolean isUsedForm = formIds.contains(formIdOf.get(file));
                if (usesChangedForm || isUsedForm) {
                    result.add(file);
                }
            }
            grew = result.size() > before;
        }
        return result;
    }

    private static Set<String> formRefs(SopFile file) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(file.content()));
        } catch (ModelParseException e) {
            throw new SopDeploymentException(file.name() + " is not a readable BPMN model: " + rootMessage(e), e);
        }
        Set<String> refs = model.getModelElementsByType(UserTask.class).stream()
                .map(UserTask::getCamundaFormRef).filter(ref -> ref != null && !ref.isBlank())
                .collect(Collectors.toCollection(HashSet::new));
        model.getModelElementsByType(StartEvent.class).stream()
                .map(StartEvent::getCamundaFormRef).filter(ref -> ref != null && !ref.isBlank())
                .forEach(refs::add);
        return refs;
    }

    private static String formId(SopFile file) {
        try {
            JsonNode id = JSON.readTree(file.content()).path("id");
            if (!id.isTextual() || id.asText().isBlank()) {
                throw new SopDeploymentException(file.name() + " is not a Camunda Form: it has no \"id\"");
            }
            return id.asText();
        } catch (IOException e) {
            throw new SopDeploymentException(file.name() + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
