package io.engineroom.base;

import com.vaadin.flow.component.Component;

/**
 * Something another capability puts in the header of every screen, beside the signed-in person (the
 * notification bell). The shell knows no capability: it shows what every such bean creates.
 */
public interface HeaderItem {

    /** A new component for one screen's header, created for the signed-in person. */
    Component create();
}
