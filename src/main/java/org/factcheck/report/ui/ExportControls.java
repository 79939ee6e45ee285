package org.factcheck.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.function.Supplier;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimFilter;
import org.factcheck.claim.ui.ClaimExports;
import org.factcheck.report.ReportExports;
import org.factcheck.report.ReportScope;

/** The Export buttons on the claims page and on a claim's page; shown to editors and admins only. */
@org.springframework.stereotype.Component
class ExportControls implements ClaimExports {

    private final ReportExports exports;
    private final AuthenticationContext authentication;

    ExportControls(ReportExports exports, AuthenticationContext authentication) {
        this.exports = exports;
        this.authentication = authentication;
    }

    @Override
    public Component forFilter(Supplier<ClaimFilter> filter) {
        return button("Export…", "Export the claims this filter selects",
                () -> new ExportDialog(exports, ReportScope.of(filter.get()), "The claims the filter selects"));
    }

    @Override
    public Component forClaim(Claim claim) {
        long id = claim.getId();
        return button("Export…", "Export this claim's fact-check as a PDF, CSV or ClaimReview",
                () -> new ExportDialog(exports, ReportScope.ofClaim(id), "This claim"));
    }

    private Button button(String text, String tooltip, Supplier<ExportDialog> dialog) {
        Button export = new Button(text, VaadinIcon.DOWNLOAD_ALT.create(), click -> dialog.get().open());
        export.setTooltipText(tooltip);
        export.addClassName("export-button");
        export.setVisible(authentication.hasRole("EDITOR"));
        return export;
    }
}
