package org.factcheck.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.PropertyDefinition;
import com.vaadin.flow.data.value.ValueChangeMode;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.util.Objects;
import org.factcheck.base.NotInTheFuture;

/**
 * A form's binder: Bean Validation's messages next to the fields, as {@link BeanValidationBinder}
 * gives them, and each text field limited to its property's {@code @Size(max)} (the entity's
 * {@link org.factcheck.base.TextLimits}): the browser stops typing at the limit, and once the text
 * reaches four fifths of it the field counts the characters; a {@link NotInTheFuture} date's picker
 * offers no later day. So a form never states a limit of its own.
 */
public class FormBinder<BEAN> extends BeanValidationBinder<BEAN> {

    /** The share of the limit from which the field shows how many characters it holds. */
    private static final double COUNT_FROM = 0.8;
    private static final String HINT = "form-binder-hint";

    public FormBinder(Class<BEAN> beanType) {
        super(beanType);
    }

    @Override
    protected BindingBuilder<BEAN, ?> configureBinding(BindingBuilder<BEAN, ?> binding, PropertyDefinition<BEAN, ?> definition) {
        Field property = property(definition.getPropertyHolderType(), definition.getName());
        Size size = property == null ? null : property.getAnnotation(Size.class);
        if (size != null && size.max() != Integer.MAX_VALUE && binding.getField() instanceof TextFieldBase<?, ?> field) {
            limit(field, size.max());
        }
        if (property != null && property.isAnnotationPresent(NotInTheFuture.class) && binding.getField() instanceof DatePicker picker) {
            refuseFutureDates(picker);
        }
        return super.configureBinding(binding, definition);
    }

    /** Limits the field to this many characters, counting them near the limit after its own hint. */
    public static void limit(TextFieldBase<?, ?> field, int max) {
        field.getElement().setProperty("maxlength", max);
        // The field's own length check runs before the binder's: it must say what Bean Validation says.
        String tooLong = String.format("Keep this to %d characters or fewer", max);
        if (field instanceof TextField text) {
            text.setI18n(Objects.requireNonNullElseGet(text.getI18n(), TextField.TextFieldI18n::new).setMaxLengthErrorMessage(tooLong));
        } else if (field instanceof TextArea area) {
            area.setI18n(Objects.requireNonNullElseGet(area.getI18n(), TextArea.TextAreaI18n::new).setMaxLengthErrorMessage(tooLong));
        }
        if (field.getValueChangeMode() == ValueChangeMode.ON_CHANGE) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
        }
        field.addValueChangeListener(change -> {
            // The form's own hint, kept from before the first count (a form may set it after binding).
            if (ComponentUtil.getData(field, HINT) == null) {
                ComponentUtil.setData(field, HINT, Objects.toString(field.getHelperText(), ""));
            }
            String hint = (String) ComponentUtil.getData(field, HINT);
            int length = Objects.toString(change.getValue(), "").length();
            String count = length >= COUNT_FROM * max ? String.format("%,d / %,d characters", length, max) : "";
            field.setHelperText(hint.isEmpty() || count.isEmpty() ? hint + count : hint + " · " + count);
        });
    }

    /** Offers no day after {@link NotInTheFuture.Check#latest()}, and says why when a later one is typed. */
    public static void refuseFutureDates(DatePicker picker) {
        picker.setMax(NotInTheFuture.Check.latest());
        picker.setI18n(Objects.requireNonNullElseGet(picker.getI18n(), DatePicker.DatePickerI18n::new)
                .setMaxErrorMessage(NotInTheFuture.MESSAGE));
    }

    /** The bean's field of this name, declared by its class or a superclass. */
    private static Field property(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException notHere) {
                // declared further up
            }
        }
        return null;
    }
}
