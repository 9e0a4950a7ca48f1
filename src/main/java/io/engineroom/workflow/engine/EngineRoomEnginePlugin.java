package io.engineroom.workflow.engine;

import io.engineroom.brand.BrandRetention;
import io.engineroom.identity.Role;
import io.engineroom.workflow.LiveSops;
import io.engineroom.workflow.SopLint;
import io.engineroom.workflow.change.ChangeIntake;
import io.engineroom.workflow.change.SopChangeTable;
import io.engineroom.workflow.inbox.InboxTaskListener;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Engine Room's settings for the Camunda engine: brands as tenants, the admin role, global task listeners, the SOP
 * lint before every deployment, SOP change control after it (held for review, decisions bound to the brand's live
 * version, timer start events starting it), expressions that reach only Engine Room's {@link ModelBeans} and no scripts, claimed
 * tasks that stay with their person, history that nobody deletes and that each brand keeps as long as it chose.
 */
@Component
class EngineRoomEnginePlugin extends AbstractProcessEnginePlugin {

    private final InboxTaskListener inbox;
    // the lint looks up groups through the engine it is plugged into: fetched when the first deployment runs
    private final ObjectProvider<SopLint> lint;
    private final BrandRetention retention;
    private final ModelBeans modelBeans;
    // change control and live versions read the engine's repository: fetched when first needed, like the lint
    private final ObjectProvider<ChangeIntake> changeIntake;
    private final ObjectProvider<LiveSops> liveSops;
    private final ObjectProvider<SopChangeTable> changeTable;

    EngineRoomEnginePlugin(InboxTaskListener inbox, ObjectProvider<SopLint> lint, BrandRetention retention,
            ModelBeans modelBeans, ObjectProvider<ChangeIntake> changeIntake, ObjectProvider<LiveSops> liveSops,
            ObjectProvider<SopChangeTable> changeTable) {
        this.inbox = inbox;
        this.changeTable = changeTable;
        this.lint = lint;
        this.changeIntake = changeIntake;
        this.liveSops = liveSops;
        this.retention = retention;
        this.modelBeans = modelBeans;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // Role, user and brand ids read like words: 'social-manager', 'client-northwind'.
        configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9][a-zA-Z0-9-]*|camunda-admin");
        configuration.setTenantIdProvider(new BrandTenantIdProvider());
        // Deploying runs no code of the deployer's choosing, even for a model that slipped past the lint: Spring's
        // expression manager (set before plugins run) would resolve every bean; scripts see the same beans map
        configuration.setBeans(modelBeans.asMap());
        configuration.setExpressionManager(new ModelExpressionManager(modelBeans));
        configuration.setScriptEngineResolver(new NoScripts());
        configuration.setAdminGroups(new ArrayList<>(List.of(Role.ADMIN.groupId())));
        // decision tables' plain cells answered without Camunda's FEEL engine rebuilding itself for each of them
        DefaultDmnEngineConfiguration decisions = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
                .createDefaultDmnEngineConfiguration();
        decisions.setFeelEngineFactory(new ShortcutFeelEngineFactory(decisions));
        configuration.setDmnEngineConfiguration(decisions);
        if (configuration.getCustomSessionFactories() == null) {
            configuration.setCustomSessionFactories(new ArrayList<>());
        }
        configuration.getCustomSessionFactories().add(new LazyIdCheckEntityManagers(configuration));
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        List<BpmnParseListener> parseListeners = configuration.getCustomPreBPMNParseListeners();
        parseListeners.add(new GlobalTaskListeners(List.of(onComplete(new AssigneeOnlyCompletion()), inbox)));
        if (configuration.getCustomPreDeployers() == null) {
            configuration.setCustomPreDeployers(new ArrayList<>());
        }
        List<Deployer> preDeployers = configuration.getCustomPreDeployers();
        preDeployers.add(new LintBeforeDeploying(lint::getObject));
        if (configuration.getCustomPostDeployers() == null) {
            configuration.setCustomPostDeployers(new ArrayList<>());
        }
        configuration.getCustomPostDeployers().add(new HoldForReview(changeIntake::getObject));
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new LiveSopBinding(liveSops::getObject));
        // a timer start event starts the live version, not the newest one, which may be waiting for review
        if (configuration.getCustomJobHandlers() == null) {
            configuration.setCustomJobHandlers(new ArrayList<>());
        }
        configuration.getCustomJobHandlers().add(new LiveTimerStart(liveSops::getObject));
        configuration.setHistoryRemovalTimeProvider(new BrandRemovalTime(retention));
        // Camunda's default provider, plus: a claimed task is moved only by its assignee, a manager or an admin
        configuration.setResourceAuthorizationProvider(new ClaimedTaskProtection());
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new HistoryProtection());
        // LiveSops keeps which versions are live: a suspension or activation changes that
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new LiveSopsOnSuspension(changeTable::getObject));
        if (configuration.getCustomPreCommandInterceptorsTxRequiresNew() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequiresNew(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequiresNew().add(new HistoryProtection());
    }

    private static TaskListener onComplete(TaskListener listener) {
        return (DelegateTask task) -> {
            if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
                listener.notify(task);
            }
        };
    }
}
