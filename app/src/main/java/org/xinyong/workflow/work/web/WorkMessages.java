package org.xinyong.workflow.work.web;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Message texts in the request's language, for flash messages that outlive the request. */
@Component
public class WorkMessages {

    private final MessageSource messages;

    public WorkMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String get(String code, Object... arguments) {
        return messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
    }

    /** A domain exception's message (it is resolvable), or its error code's generic one. */
    public String get(MessageSourceResolvable resolvable) {
        return messages.getMessage(resolvable, LocaleContextHolder.getLocale());
    }

    /**
     * The label of a task's outcome: {@code work.outcome.<taskKey>.<outcome>} where one task names an outcome its own
     * way, else {@code work.outcome.<outcome>}, else the outcome itself.
     */
    public String outcome(String taskKey, String outcome) {
        String own = messages.getMessage("work.outcome." + taskKey + "." + outcome, null, null,
                LocaleContextHolder.getLocale());
        return own != null ? own : outcome(outcome);
    }

    /** The label of a task outcome ({@code work.outcome.<outcome>}), or the outcome itself. */
    public String outcome(String outcome) {
        return get("work.outcome." + outcome);
    }
}
