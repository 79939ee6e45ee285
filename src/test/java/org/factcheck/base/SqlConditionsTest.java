package org.factcheck.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SqlConditionsTest {

    @Test
    void no_condition_is_no_where_clause() {
        SqlConditions none = new SqlConditions().addIfGiven(null, "c.status = :status", "status")
                .addIfGiven("  ", "c.text ilike :text", "text");

        assertThat(none.isEmpty()).isTrue();
        assertThat(none.where()).isEmpty();
        assertThat(none.andAll()).isEmpty();
        assertThat(none.parameters()).isEmpty();
    }

    @Test
    void given_values_become_conditions_joined_by_and_with_their_values_bound_never_written() {
        SqlConditions both = new SqlConditions()
                .addIfGiven("x' or '1'='1", "c.text = :text", "text")
                .add("c.id between :low and :high", "low", 1, "high", 9);

        assertThat(both.where()).isEqualTo("where c.text = :text\n  and c.id between :low and :high\n");
        assertThat(both.andAll()).isEqualTo(" and c.text = :text and c.id between :low and :high");
        assertThat(both.parameters()).containsEntry("text", "x' or '1'='1").containsEntry("low", 1).containsEntry("high", 9);
    }

    @Test
    void a_condition_naming_a_parameter_without_a_value_is_refused_but_a_cast_is_no_parameter() {
        assertThatThrownBy(() -> new SqlConditions().add("c.id = :id"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":id");

        assertThat(new SqlConditions().add("c.day = :day::date", "day", "2026-01-01").where()).contains(":day::date");
    }

    @Test
    void one_name_bound_to_two_values_is_refused_and_to_the_same_value_shared() {
        SqlConditions entity = new SqlConditions().add("c.claimant_id = :entity", "entity", 7L);

        assertThat(entity.and(new SqlConditions().add("m.entity_id = :entity", "entity", 7L)).conditions()).hasSize(2);
        assertThatThrownBy(() -> entity.and(new SqlConditions().add("m.entity_id = :entity", "entity", 8L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":entity");
    }

    @Test
    void combining_leaves_both_parts_unchanged() {
        SqlConditions first = new SqlConditions().add("a = :a", "a", 1);
        SqlConditions second = new SqlConditions().add("b = :b", "b", 2);

        SqlConditions both = first.and(second);

        assertThat(both.conditions()).containsExactly("a = :a", "b = :b");
        assertThat(first.conditions()).containsExactly("a = :a");
        assertThat(second.parameters()).containsOnlyKeys("b");
    }
}
