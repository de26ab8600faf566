package org.xinyong.workflow.sanctions;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The matter kinds (API.md {@code GET /matters}) shipped as reference data ({@code xinyong.sanctions.matters}),
 * read once at start-up and checked strictly: a matter without code, titles, measures or source fails the start.
 */
@Component
public class MatterCatalogue {

    private final Map<String, Matter> matters = new LinkedHashMap<>();

    public MatterCatalogue(SanctionsProperties properties, ObjectMapper json) {
        ObjectMapper strict = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = properties.matters().getInputStream()) {
            for (Matter matter : strict.readValue(in, new TypeReference<List<Matter>>() { })) {
                if (!StringUtils.hasText(matter.code()) || !StringUtils.hasText(matter.titleZh())
                        || !StringUtils.hasText(matter.titleEn()) || matter.measures().isEmpty()
                        || !StringUtils.hasText(matter.source()) || matters.put(matter.code(), matter) != null) {
                    throw new IllegalStateException("Incomplete or repeated matter in the reference data: " + matter);
                }
            }
        } catch (IOException unreadable) {
            throw new IllegalStateException("Cannot read the matters " + properties.matters(), unreadable);
        }
    }

    public List<Matter> all() {
        return List.copyOf(matters.values());
    }

    public Optional<Matter> find(String code) {
        return Optional.ofNullable(code == null ? null : matters.get(code.trim()));
    }
}
