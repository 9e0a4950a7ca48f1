package io.engineroom.content.process;

import io.engineroom.content.ContentPublishing;
import io.engineroom.content.PublicationReport;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Publish to channels": one publish per channel; the report goes to the verify task if needed. */
@Component("publishContent")
class PublishContent implements JavaDelegate {

    private final ContentPublishing publishing;

    PublishContent(ContentPublishing publishing) {
        this.publishing = publishing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object caption = execution.getVariable("caption");
        PublicationReport report = publishing.publish(((Number) execution.getVariable("contentItemId")).longValue(),
                caption == null ? null : caption.toString());
        execution.setVariable("allPublished", report.allPublished());
        execution.setVariable("publicationReport", report.summary());
    }
}
