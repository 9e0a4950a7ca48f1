package io.engineroom.audit.ui;

import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.RouterLink;

/**
 * The sides of the History screen, each a route of its own (so each can be linked to and loads only its own data):
 * the SOP instances' history, the record of administrative changes and the SOP changes.
 */
class HistoryTabs extends Tabs {

    enum Side {
        INSTANCES, ADMINISTRATION, SOP_CHANGES
    }

    HistoryTabs(Side selected) {
        Tab instances = new Tab(new RouterLink("SOP instances", HistoryView.class));
        instances.setId("history-tab-instances");
        Tab administration = new Tab(new RouterLink("Administration", AdminChangesView.class));
        administration.setId("history-tab-administration");
        Tab sopChanges = new Tab(new RouterLink("SOP changes", SopChangesView.class));
        sopChanges.setId("history-tab-sop-changes");
        add(instances, administration, sopChanges);
        setSelectedTab(switch (selected) {
            case INSTANCES -> instances;
            case ADMINISTRATION -> administration;
            case SOP_CHANGES -> sopChanges;
        });
    }
}
