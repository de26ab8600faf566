package org.xinyong.workflow.uploads;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxFileSize the largest file an applicant may upload: 10 MB (API.md "Errors", 413). Keep
 *                    {@code spring.servlet.multipart.max-file-size} at least this large.
 */
@ConfigurationProperties("xinyong.uploads")
public record UploadProperties(@DefaultValue("10MB") DataSize maxFileSize) {
}
