package org.xinyong.workflow.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param fontDirectory optional folder with {@code *-Regular*.ttf}/{@code *-Bold*.ttf} CJK fonts to embed instead of
 *                      the bundled GB 2312 subset of Noto Sans SC (for names with rarer characters)
 */
@ConfigurationProperties("xinyong.documents")
public record DocumentProperties(String fontDirectory) {
}
