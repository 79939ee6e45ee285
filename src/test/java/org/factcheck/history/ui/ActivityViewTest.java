package org.factcheck.history.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import java.util.stream.IntStream;
import org.factcheck.AppTest;
import org.factcheck.history.ActivityEntry;
import org.factcheck.history.RecordType;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

@AppTest
@WithMockUser(username = "kim", roles = "REVIEWER")
class ActivityViewTest extends SpringBrowserlessTest {

    @Test
    void the_activity_log_narrows_to_one_reviewer_and_one_kind_of_record_and_links_to_its_page() {
        ActivityView view = navigate(ActivityView.class);
        assertThat(test(view.grid).size()).isPositive();

        test(view.reviewer).selectItem("seed");
        test(view.type).selectItem("Verdict");

        List<ActivityEntry> rows = IntStream.range(0, Math.min(20, test(view.grid).size())).mapToObj(test(view.grid)::getRow).toList();
        assertThat(rows).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.reviewer()).isEqualTo("seed");
            assertThat(entry.type()).isEqualTo(RecordType.VERDICT);
            assertThat(entry.page()).matches("claims/\\d+");
        });
    }

    @Test
    void an_entity_seeded_with_its_aliases_is_one_line_named_by_the_entity() {
        ActivityView view = navigate(ActivityView.class);
        test(view.reviewer).selectItem("seed");

        List<ActivityEntry> rows = IntStream.range(0, Math.min(200, test(view.grid).size())).mapToObj(test(view.grid)::getRow).toList();

        assertThat(rows).extracting(entry -> entry.revision() + " " + entry.page()).doesNotHaveDuplicates();
        assertThat(rows).filteredOn(entry -> entry.type() == RecordType.ALIAS).isEmpty();
        assertThat(rows).anySatisfy(entry -> {
            assertThat(entry.type()).isEqualTo(RecordType.ENTITY);
            assertThat(entry.name()).isEqualTo("Mustafa al-Kadhimi");
            assertThat(entry.alsoChanged()).matches("\\d+ aliases added");
        });
    }
}
