package io.engineroom.assist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.engineroom.assist.DraftingOffTest;
import io.engineroom.workflow.TaskFieldAssist;
import org.junit.jupiter.api.Test;

class DraftAssistTest {

    private static final TaskFieldAssist.FormText FIELD = new TaskFieldAssist.FormText() {
        @Override
        public String value() {
            return "";
        }

        @Override
        public void fill(String text) {
            throw new AssertionError("nothing may be filled while drafting is off");
        }
    };

    @Test
    void noButtonIsShownBesideTheCaptionWhileDraftingIsOff() {
        DraftAssist assist = new DraftAssist(DraftingOffTest.off());

        assertThat(assist.besideField(DraftingOffTest.writeCopy(), "caption", FIELD)).isEmpty();
        assertThat(assist.besideField(DraftingOffTest.writeCopy(), "hashtags", FIELD)).isEmpty();
    }
}
