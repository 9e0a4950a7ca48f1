package io.engineroom.audit.ui;

import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.RouterLink;

/**
 * The two sides of the History screen, each a route of its own (so each can be linked to and loads only its own
 * data): the SOP instances' history and the record of administrative changes.
 */
class HistoryTabs extends Tabs {

    enum Side {
        INSTANCES, ADMINISTRATION
    }

    HistoryTabs(Side selected) {
        Tab instances = new Tab(new RouterLink("SOP instances", HistoryView.class));
        instances.setId("history-tab-instances");
        Tab administration = new Tab(new RouterLink("Administration", AdminChangesView.class));
        administration.setId("history-tab-administration");
        add(instances, administration);
        setSelectedTab(selected == Side.INSTANCES ? instances : administration);
    }
}
