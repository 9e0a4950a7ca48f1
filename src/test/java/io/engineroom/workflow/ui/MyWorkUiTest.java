package io.engineroom.workflow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.engineroom.content.ContentService;
import io.engineroom.identity.UserDirectory;
import io.engineroom.support.EngineRoomIntegrationTest;
import io.engineroom.support.UiSession;
import io.engineroom.workflow.InboxEntry;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** "My work" and the task page, driven server-side with Karibu-Testing on the real application and database. */
@EngineRoomIntegrationTest
class MyWorkUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ContentService content;
    @Autowired
    TaskService taskService;
    @Autowired
    UserDirectory users;
    @Autowired
    io.engineroom.workflow.TaskInbox taskInbox;

    UiSession session;
    String title;
    long item;

    @BeforeEach
    void aCopyTaskWaiting() {
        title = "Karibu post " + UUID.randomUUID().toString().substring(0, 8);
        item = content.plan("beanleaf", title);
        taskService.complete(task().getId(), Map.of("objective", "awareness", "keyMessage", "Autumn is here"));
    }

    @AfterEach
    void tearDown() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void aCopywriterClaimsOpensFillsAndCompletesTheTask() {
        logIn("copywriter");
        Grid<InboxEntry> inbox = inbox();
        int row = rowOf(inbox, title);
        assertThat(GridKt._get(inbox, row).taskName()).isEqualTo("Write copy");

        _click(button(GridKt._getCellComponent(inbox, row, "actions"), "Claim"));
        assertThat(task().getAssignee()).isEqualTo("copywriter");
        _click(button(GridKt._getCellComponent(inbox, rowOf(inbox, title), "actions"), "Open"));

        _get(TaskView.class);
        assertThat(_get(TextArea.class, spec -> spec.withId("field-keyMessage")).getValue()).isEqualTo("Autumn is here");
        assertThat(_get(TextArea.class, spec -> spec.withId("field-keyMessage")).isReadOnly()).isTrue();
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("task-history")))).isGreaterThanOrEqualTo(2);
        _setValue(_get(TextArea.class, spec -> spec.withId("field-caption")), "Autumn blend is here. Come taste it!");
        _setValue(_get(TextField.class, spec -> spec.withId("field-hashtags")), "#autumn #coffee");
        _click(_get(Button.class, spec -> spec.withId("complete-task")));

        _get(MyWorkView.class);
        assertThat(task().getTaskDefinitionKey()).isEqualTo("BrandReview");
        assertThat(taskService.getVariable(task().getId(), "caption"))
                .isEqualTo("Autumn blend is here. Come taste it!");
    }

    @Test
    void invalidValuesShowAnErrorNextToTheFieldAndNothingIsCompleted() {
        logIn("copywriter");
        UI.getCurrent().navigate(TaskView.class, TaskView.parameters(task().getId()));

        _setValue(_get(TextArea.class, spec -> spec.withId("field-caption")), "Too short");
        _setValue(_get(TextField.class, spec -> spec.withId("field-hashtags")), "no hash sign");
        _click(_get(Button.class, spec -> spec.withId("complete-task")));

        TextArea caption = _get(TextArea.class, spec -> spec.withId("field-caption"));
        assertThat(caption.isInvalid()).isTrue();
        assertThat(caption.getErrorMessage()).isEqualTo("Caption needs at least 10 characters");
        assertThat(_get(TextField.class, spec -> spec.withId("field-hashtags")).isInvalid()).isTrue();
        assertThat(task().getTaskDefinitionKey()).isEqualTo("WriteCopy");
    }

    @Test
    void aReviewerMustCommentARejectionAndTheCommentFieldAppearsOnlyThen() {
        taskService.complete(task().getId(), Map.of("caption", "Autumn blend is here", "hashtags", "#autumn"));
        logIn("brand-reviewer");
        UI.getCurrent().navigate(TaskView.class, TaskView.parameters(task().getId()));
        assertThat(_find(TextArea.class, spec -> spec.withId("field-reviewComment"))).isEmpty();

        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> decision = _get(RadioButtonGroup.class, spec -> spec.withId("field-reviewDecision"));
        _setValue(decision, "reject");
        TextArea comment = _get(TextArea.class, spec -> spec.withId("field-reviewComment"));
        _click(_get(Button.class, spec -> spec.withId("complete-task")));
        assertThat(comment.isInvalid()).isTrue();
        assertThat(task().getTaskDefinitionKey()).isEqualTo("BrandReview");

        _setValue(comment, "Mention the price, please");
        _click(_get(Button.class, spec -> spec.withId("complete-task")));
        assertThat(task().getTaskDefinitionKey()).isEqualTo("WriteCopy");
    }

    @Test
    void overdueTasksAreRedAndTheBrandFilterNarrowsTheList() {
        taskService.setDueDate(task().getId(), Date.from(Instant.now().minus(2, ChronoUnit.HOURS)));
        logIn("copywriter");
        Grid<InboxEntry> inbox = inbox();
        // the cell holds the countdown, and a badge under it once reminded
        Component due = GridKt._getCellComponent(inbox, rowOf(inbox, title), "due").getChildren().findFirst()
                .orElseThrow();
        assertThat(((Span) due).getText()).startsWith("overdue 2h");
        assertThat(due.getElement().getClassList()).contains("overdue");

        @SuppressWarnings("unchecked")
        var brand = (com.vaadin.flow.component.combobox.ComboBox<io.engineroom.brand.BrandSummary>)
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("brand-filter"));
        _setValue(brand, brand.getListDataView().getItems().filter(b -> b.id().equals("northwind")).findFirst()
                .orElseThrow());
        assertThat(titles(inbox)).doesNotContain(title).allSatisfy(t -> assertThat(t).isNotNull());
    }

    @Test
    void aRemindedTaskShowsTheRemindedBadgeAndTheOthersDoNot() {
        String other = "Karibu other " + UUID.randomUUID().toString().substring(0, 8);
        long otherItem = content.plan("beanleaf", other);
        taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey("content:" + otherItem)
                .singleResult().getId(), Map.of("objective", "awareness", "keyMessage", "Not reminded"));
        taskInbox.markReminded(task().getId(), Instant.now().truncatedTo(ChronoUnit.MICROS));

        logIn("copywriter");
        Grid<InboxEntry> inbox = inbox();

        assertThat(GridKt._get(inbox, rowOf(inbox, title)).isReminded()).isTrue();
        assertThat(badges(GridKt._getCellComponent(inbox, rowOf(inbox, title), "due"))).containsExactly("Reminded");
        assertThat(badges(GridKt._getCellComponent(inbox, rowOf(inbox, other), "due"))).isEmpty();
    }

    @Test
    void theFigureBesideTheFiltersIsHowManyTasksTheGridPagesThroughAndFollowsTheFilters() {
        logIn("copywriter");
        Grid<InboxEntry> inbox = inbox();
        int rows = GridKt._size(inbox);
        assertThat(rows).isPositive();
        assertThat(size()).isEqualTo(io.engineroom.workflow.CappedCount.label(rows, "task", "tasks"));

        @SuppressWarnings("unchecked")
        var brand = (com.vaadin.flow.component.combobox.ComboBox<io.engineroom.brand.BrandSummary>)
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("brand-filter"));
        _setValue(brand, brand.getListDataView().getItems().filter(b -> b.id().equals("northwind")).findFirst()
                .orElseThrow());
        int northwind = GridKt._size(inbox);
        assertThat(northwind).isLessThan(rows);
        assertThat(size()).isEqualTo(io.engineroom.workflow.CappedCount.label(northwind, "task", "tasks"));
    }

    private static String size() {
        return _get(Span.class, spec -> spec.withId("inbox-size")).getText();
    }

    private static java.util.List<String> badges(Component cell) {
        return _find(cell, Span.class).stream()
                .filter(span -> span.getElement().getClassList().contains(Countdown.REMINDED_CLASS)).map(Span::getText)
                .toList();
    }

    private void logIn(String userId) {
        session = UiSession.signIn(context, users, userId);
        UI.getCurrent().navigate(MyWorkView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<InboxEntry> inbox() {
        return _get(Grid.class, spec -> spec.withId("inbox"));
    }

    private static int rowOf(Grid<InboxEntry> grid, String title) {
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (title.equals(GridKt._get(grid, row).title())) {
                return row;
            }
        }
        throw new AssertionError("'" + title + "' is not in the inbox: " + titles(grid));
    }

    private static java.util.List<String> titles(Grid<InboxEntry> grid) {
        java.util.List<String> titles = new java.util.ArrayList<>();
        for (int row = 0; row < GridKt._size(grid); row++) {
            titles.add(GridKt._get(grid, row).title());
        }
        return titles;
    }

    private static Button button(Component cell, String caption) {
        return _find(cell, Button.class).stream().filter(button -> caption.equals(button.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("No '" + caption + "' button"));
    }

    private org.camunda.bpm.engine.task.Task task() {
        return taskService.createTaskQuery().processInstanceBusinessKey("content:" + item).singleResult();
    }
}
