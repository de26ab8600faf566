package org.xinyong.workflow.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The shipped matters (issue 16's list) name only measures of the shipped catalogue. */
class MatterCatalogueTest {

    private final MatterCatalogue matters = new MatterCatalogue(
            new SanctionsProperties(1000, new ClassPathResource("data/reference/matters.json")), new ObjectMapper());

    @Test
    void shipsTheIssuesMattersWithKnownMeasures() throws IOException {
        assertThat(matters.all()).extracting(Matter::code).containsExactly("GOVERNMENT_PROCUREMENT", "BIDDING",
                "FISCAL_FUNDS", "HONOURS", "ADMINISTRATIVE_LICENCE", "LAND_TRANSFER");
        assertThat(matters.find("BIDDING").orElseThrow().title(Locale.CHINA)).isEqualTo("招标投标");
        assertThat(matters.find("GOVERNMENT_PROCUREMENT").orElseThrow().title(Locale.ENGLISH))
                .isEqualTo("Government procurement");
        try (InputStream in = new ClassPathResource("data/reference/measures.json").getInputStream()) {
            Set<String> catalogue = new ObjectMapper().readValue(in, new TypeReference<List<Map<String, Object>>>() { })
                    .stream().map(measure -> (String) measure.get("code")).collect(Collectors.toSet());
            assertThat(matters.all()).allSatisfy(matter -> assertThat(catalogue).containsAll(matter.measures()));
        }
    }
}
