package io.engineroom.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import io.engineroom.identity.PersonSummary;
import java.util.List;
import java.util.Optional;

/** The People screen's grid in a Karibu test: its rows, and the action buttons of one person's row. */
final class PeopleGrid {

    private PeopleGrid() {
    }

    @SuppressWarnings("unchecked")
    static Grid<PersonSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("people-grid"));
    }

    static List<PersonSummary> rows() {
        return grid().getGenericDataView().getItems().toList();
    }

    /** The button with this id in the person's row (person-edit-…, person-deactivate-…), if the row offers it. */
    static Optional<Button> button(String userId, String action) {
        List<PersonSummary> rows = rows();
        int row = rows.stream().map(PersonSummary::userId).toList().indexOf(userId);
        if (row < 0) {
            throw new AssertionError(userId + " is not on the People screen");
        }
        Component cell = GridKt._getCellComponent(grid(), row, "actions");
        String id = "person-" + action + "-" + userId;
        return cell.getChildren().filter(child -> child.getId().filter(id::equals).isPresent())
                .map(Button.class::cast).findFirst();
    }
}
