package org.xinyong.workflow.uploads;

import org.xinyong.workflow.errors.DomainException;
import org.xinyong.workflow.errors.ErrorCode;

/** An upload refused for its size (413) or its type (415). */
public class UploadRejectedException extends DomainException {

    UploadRejectedException(ErrorCode errorCode, String messageCode, Object... messageArguments) {
        super(errorCode, messageCode, messageArguments);
    }
}
