package org.factcheck.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.router.BeforeLeaveEvent;
import java.util.function.BooleanSupplier;

/**
 * Keeps a reviewer from losing an edit by leaving the page: navigating away inside the app asks
 * first, and closing or reloading the browser tab triggers the browser's own warning.
 */
public final class UnsavedChanges {

    private UnsavedChanges() {
    }

    /** A part of a page with a form of its own, whose page asks before leaving it unsaved. */
    public interface Tracked {

        boolean hasUnsavedChanges();
    }

    /** Call from a view's {@code beforeLeave}: postpones leaving while there are unsaved changes. */
    public static void confirmLeaving(BeforeLeaveEvent event, BooleanSupplier hasChanges) {
        if (!hasChanges.getAsBoolean()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog("Discard unsaved changes?",
                "You have changes that are not saved. Leave and lose them?",
                "Leave without saving", accepted -> {
                    browserWarning(false);
                    leave.proceed();
                },
                "Stay", rejected -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /**
     * Makes a dialog's Escape (and its Cancel button, which should run what this returns) ask before
     * discarding unsaved changes; without changes it closes at once. Either way {@code closed} runs after.
     */
    public static Runnable askBeforeClosing(Dialog dialog, BooleanSupplier hasChanges, Runnable closed) {
        Runnable close = () -> {
            browserWarning(false);
            dialog.close();
            closed.run();
        };
        Runnable cancel = () -> {
            if (!hasChanges.getAsBoolean()) {
                close.run();
                return;
            }
            ConfirmDialog confirm = new ConfirmDialog("Discard unsaved changes?", "What you entered here is not saved.",
                    "Discard", discard -> close.run(), "Keep editing", keep -> { });
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        };
        // With a listener, Escape no longer closes the dialog by itself.
        dialog.addDialogCloseActionListener(escape -> cancel.run());
        return cancel;
    }

    /** Turns the browser's "leave site?" warning on while a form has unsaved changes. */
    public static void browserWarning(boolean on) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().executeJs("window.onbeforeunload = $0 ? (e => { e.preventDefault(); e.returnValue = ''; }) : null;",
                    on);
        }
    }
}
