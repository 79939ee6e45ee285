package org.factcheck.claim.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase.SpringData.FetchCallback;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.factcheck.base.ui.Labels;
import org.factcheck.claim.CheckWorthiness;
import org.factcheck.claim.ClaimFilter;
import org.factcheck.claim.ClaimStatus;
import org.factcheck.entity.NamedEntity;
import org.factcheck.source.SourceSummary;
import org.springframework.data.domain.Pageable;

/**
 * The claims grid's filters: words, status, rating, entity, source, check-worthiness, a range of
 * claim dates and only the overdue. Any change fires a {@link ChangeEvent}; {@link #filter()} is what they select.
 */
class ClaimFilters extends HorizontalLayout {

    final TextField text = new TextField("Search");
    final Select<ClaimStatus> status = new Select<>();
    final Select<String> rating = new Select<>();
    final ComboBox<NamedEntity> entity = new ComboBox<>("Entity");
    final ComboBox<SourceSummary> source = new ComboBox<>("Source");
    final Select<CheckWorthiness> checkWorthiness = new Select<>();
    final DatePicker claimedFrom = new DatePicker("Claimed from");
    final DatePicker claimedTo = new DatePicker("Claimed to");
    final Checkbox overdue = new Checkbox("Overdue");

    /** {@code ratings} are the ratings' labels; {@code entities} and {@code sources} find those matching what is typed. */
    ClaimFilters(List<String> ratings, FetchCallback<Pageable, NamedEntity> entities,
            FetchCallback<Pageable, SourceSummary> sources) {
        text.setPlaceholder("Words in the claim");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        status.setLabel("Status");
        status.setItems(ClaimStatus.values());
        anyOr(status);
        rating.setLabel("Rating");
        rating.setItems(ratings);
        rating.setEmptySelectionAllowed(true);
        rating.setEmptySelectionCaption("Any");
        entity.setItemLabelGenerator(NamedEntity::getName);
        entity.setItemsPageable(entities);
        entity.setClearButtonVisible(true);
        source.setItemLabelGenerator(SourceSummary::title);
        source.setItemsPageable(sources);
        source.setClearButtonVisible(true);
        checkWorthiness.setLabel("Check-worthiness");
        checkWorthiness.setItems(CheckWorthiness.values());
        anyOr(checkWorthiness);
        claimedFrom.setClearButtonVisible(true);
        claimedTo.setClearButtonVisible(true);
        // Each end bounds the other, so the picker never offers an empty range.
        claimedFrom.addValueChangeListener(change -> claimedTo.setMin(change.getValue()));
        claimedTo.addValueChangeListener(change -> claimedFrom.setMax(change.getValue()));
        overdue.setTooltipText("Due before today, and not published, retracted, reviewed or dismissed");
        add(text, status, rating, entity, source, checkWorthiness, claimedFrom, claimedTo, overdue);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        List.<HasValue<?, ?>>of(text, status, rating, entity, source, checkWorthiness, claimedFrom, claimedTo, overdue)
                .forEach(field -> field.addValueChangeListener(change -> fireEvent(new ChangeEvent(this))));
    }

    /** The claims the filters select. */
    ClaimFilter filter() {
        return new ClaimFilter(text.getValue(), status.getValue(), rating.getValue(),
                entity.getValue() == null ? null : entity.getValue().getId(),
                source.getValue() == null ? null : source.getValue().id(), checkWorthiness.getValue(), null,
                claimedFrom.getValue(), claimedTo.getValue(), overdue.getValue());
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    /** A choice of an enum's values in their words, or "Any". */
    private static <T extends Enum<T>> void anyOr(Select<T> select) {
        select.setItemLabelGenerator(value -> value == null ? "Any" : Labels.of(value));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("Any");
    }

    /** A filter changed: the claims it selects are others now. */
    static final class ChangeEvent extends ComponentEvent<ClaimFilters> {

        ChangeEvent(ClaimFilters source) {
            super(source, false);
        }
    }
}
