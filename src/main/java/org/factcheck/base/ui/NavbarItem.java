package org.factcheck.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature adds to the shell's top bar, beside the signed-in reviewer (the notifications'
 * bell): the shell shows what features offer without depending on them.
 */
public interface NavbarItem {

    /** A new component for this tab's top bar (called once per layout). */
    Component create();
}
