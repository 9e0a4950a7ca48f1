package io.engineroom.audit.history;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/** The names of Camunda's history tables as this engine has them (a table prefix, if configured, included). */
@Component
public class HistoryTables {

    public final String instances;
    public final String tasks;
    public final String details;
    public final String identityLinks;
    public final String operations;

    HistoryTables(ManagementService management) {
        instances = management.getTableName(HistoricProcessInstance.class);
        tasks = management.getTableName(HistoricTaskInstance.class);
        details = management.getTableName(HistoricDetail.class);
        // the engine maps no API type to these two tables; they share the prefix of the others
        String prefix = instances.substring(0, instances.length() - "ACT_HI_PROCINST".length());
        identityLinks = prefix + "ACT_HI_IDENTITYLINK";
        operations = prefix + "ACT_HI_OP_LOG";
    }
}
