package io.engineroom.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** SopVariable without an engine: a scope here is a map, as an execution's variables are to a delegate. */
class SopVariableTest {

    static final SopVariable<Long> CONTENT_ITEM_ID = SopVariable.number("contentItemId");
    static final SopVariable<Integer> REPORTS_STARTED = SopVariable.count("reportsStarted");
    static final SopVariable<String> CAPTION = SopVariable.text("caption");
    static final SopVariable<Boolean> NEEDS_VISUAL = SopVariable.flag("needsVisual");
    static final SopVariable<Date> PUBLISH_AT = SopVariable.time("publishAt");
    static final SopVariable<List<String>> STAGES = SopVariable.list("approvalStages");

    @Test
    void wholeNumbersAreReadAsTheVariablesOwnTypeWhetherStoredAsIntegerOrLong() {
        assertThat(CONTENT_ITEM_ID.cast(42)).isEqualTo(42L).isInstanceOf(Long.class);
        assertThat(CONTENT_ITEM_ID.cast(42L)).isEqualTo(42L);
        assertThat(REPORTS_STARTED.cast(3L)).isEqualTo(3).isInstanceOf(Integer.class);
        assertThat(REPORTS_STARTED.cast(3)).isEqualTo(3);
        assertThat(CONTENT_ITEM_ID.cast(null)).isNull();
    }

    @Test
    void aNumberTooLargeForACountIsRefusedRatherThanCut() {
        assertThatThrownBy(() -> REPORTS_STARTED.cast(Long.MAX_VALUE)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void aValueOfAnotherTypeIsRefusedNamingTheVariableAndBothTypes() {
        assertThatThrownBy(() -> CAPTION.cast(42)).isInstanceOf(IllegalStateException.class)
                .hasMessage("The SOP variable 'caption' holds a Integer, not a String");
        assertThatThrownBy(() -> NEEDS_VISUAL.cast("true")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'needsVisual'").hasMessageContaining("String");
        assertThatThrownBy(() -> CONTENT_ITEM_ID.cast("42")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'contentItemId'");
    }

    @Test
    void aScopesVariablesAreSetReadAndRemovedUnderTheirName() {
        Map<String, Object> values = new HashMap<>();
        VariableScope scope = scope(values);

        CAPTION.set(scope, "Warm, light and made to last");
        STAGES.set(scope, List.of("legal", "client"));
        values.put("contentItemId", 7);

        assertThat(values).containsEntry("caption", "Warm, light and made to last");
        assertThat(CAPTION.get(scope)).isEqualTo("Warm, light and made to last");
        assertThat(STAGES.get(scope)).containsExactly("legal", "client");
        assertThat(CONTENT_ITEM_ID.get(scope)).isEqualTo(7L);
        assertThat(CONTENT_ITEM_ID.require(scope)).isEqualTo(7L);
        assertThat(NEEDS_VISUAL.get(scope)).isNull();
        assertThat(NEEDS_VISUAL.find(scope)).isEmpty();

        CAPTION.remove(scope);
        assertThat(values).doesNotContainKey("caption");
    }

    @Test
    void aRequiredVariableWithoutValueFailsNamingIt() {
        VariableScope scope = scope(new HashMap<>());

        assertThatThrownBy(() -> PUBLISH_AT.require(scope)).isInstanceOf(IllegalStateException.class)
                .hasMessage("The SOP variable 'publishAt' has no value here");
    }

    @Test
    void aLocalVariableIsSetAndReadOnTheScopeItself() {
        Map<String, Object> values = new HashMap<>();
        VariableScope scope = scope(values);

        CAPTION.setLocal(scope, "Only here");

        assertThat(CAPTION.getLocal(scope)).isEqualTo("Only here");
        assertThat(values).containsEntry("caption", "Only here");
    }

    @Test
    void aReadingOfAnotherTypeIsRefusedOnAScopeToo() {
        Map<String, Object> values = new HashMap<String, Object>(Map.of("caption", 12));
        VariableScope scope = scope(values);

        assertThatThrownBy(() -> CAPTION.get(scope)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'caption'");
    }

    @Test
    void aLenientReadingTakesAValueOfAnotherTypeAsNone() {
        Date publishAt = new Date(0);
        VariableScope scope = scope(new HashMap<String, Object>(Map.of("publishAt", "tomorrow", "contentItemId", 7,
                "caption", "Hello")));

        assertThat(PUBLISH_AT.findIfTyped(scope)).isEmpty();
        assertThat(CONTENT_ITEM_ID.findIfTyped(scope)).contains(7L);
        assertThat(CAPTION.findIfTyped(scope)).contains("Hello");
        assertThat(NEEDS_VISUAL.findIfTyped(scope)).isEmpty();
        assertThat(PUBLISH_AT.fromIfTyped(Map.of("publishAt", publishAt))).contains(publishAt);
        assertThat(PUBLISH_AT.fromIfTyped(Map.of("publishAt", 5L))).isEmpty();
        assertThat(CONTENT_ITEM_ID.fromIfTyped(Map.of("contentItemId", "7"))).isEmpty();
    }

    @Test
    void variablesArePutIntoAndReadFromAMapOfVariables() {
        VariableMap variables = Variables.createVariables();

        VariableMap returned = CAPTION.put(variables, "A caption");
        CONTENT_ITEM_ID.put(variables, 42L);
        NEEDS_VISUAL.put(variables, true);

        assertThat(returned).isSameAs(variables);
        assertThat(variables).containsEntry("caption", "A caption").containsEntry("contentItemId", 42L)
                .containsEntry("needsVisual", true);
        assertThat(CAPTION.from(variables)).isEqualTo("A caption");
        assertThat(CONTENT_ITEM_ID.from(Map.of("contentItemId", 42))).isEqualTo(42L);
        assertThat(NEEDS_VISUAL.from(Map.of())).isNull();
        assertThatThrownBy(() -> NEEDS_VISUAL.from(Map.of("needsVisual", "yes")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'needsVisual'");
    }

    @Test
    void aVariableShowsItsNameAndType() {
        assertThat(CONTENT_ITEM_ID.name()).isEqualTo("contentItemId");
        assertThat(CONTENT_ITEM_ID).hasToString("contentItemId (Long)");
        assertThat(SopVariable.of("channelId", Long.class).cast(9)).isEqualTo(9L);
    }

    /** A variable scope over a map: local and inherited reads are the same here, there is no parent. */
    private static VariableScope scope(Map<String, Object> values) {
        return (VariableScope) Proxy.newProxyInstance(SopVariableTest.class.getClassLoader(),
                new Class<?>[] {VariableScope.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getVariable", "getVariableLocal" -> values.get((String) args[0]);
                    case "setVariable", "setVariableLocal" -> {
                        values.put((String) args[0], args[1]);
                        yield null;
                    }
                    case "removeVariable" -> {
                        values.remove((String) args[0]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
