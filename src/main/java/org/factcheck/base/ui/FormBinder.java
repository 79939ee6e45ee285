package org.factcheck.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.PropertyDefinition;
import com.vaadin.flow.data.value.ValueChangeMode;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.util.Objects;

/**
 * A form's binder: Bean Validation's messages next to the fields, as {@link BeanValidationBinder}
 * gives them, and each text field limited to its property's {@code @Size(max)} (the entity's
 * {@link org.factcheck.shared.TextLimits}): the browser stops typing at the limit, and once the text
 * reaches four fifths of it the field counts the characters, so a form never states a limit of its own.
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
        Integer max = maxLength(definition.getPropertyHolderType(), definition.getName());
        if (max != null && binding.getField() instanceof TextFieldBase<?, ?> field) {
            limit(field, max);
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

    private static Integer maxLength(Class<?> type, String property) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(property);
                Size size = field.getAnnotation(Size.class);
                return size == null || size.max() == Integer.MAX_VALUE ? null : size.max();
            } catch (NoSuchFieldException notHere) {
                // declared further up
            }
        }
        return null;
    }
}
