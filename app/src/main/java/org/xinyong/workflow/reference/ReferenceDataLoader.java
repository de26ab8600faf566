package org.xinyong.workflow.reference;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Loads the shipped departments and measure catalogue (xinyong.reference.*) in every profile, while the context
 * starts, so that every later start-up step (demo data, application runners) finds them. Rows whose code is absent
 * are inserted; existing rows are never overwritten, so an administrator's edits stay.
 */
@Component
public class ReferenceDataLoader implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

    private final ReferenceProperties properties;
    private final Departments departments;
    private final MeasureCatalogue measures;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;

    public ReferenceDataLoader(ReferenceProperties properties, Departments departments, MeasureCatalogue measures,
                               TransactionTemplate transaction, ObjectMapper json) {
        this.properties = properties;
        this.departments = departments;
        this.measures = measures;
        this.transaction = transaction;
        // Data files are checked strictly: a misspelt property must fail the start, not vanish.
        this.json = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Override
    public void afterPropertiesSet() {
        List<Department> shippedDepartments = read(properties.departments(), new TypeReference<>() { });
        List<SanctionMeasure> shippedMeasures = read(properties.measures(), new TypeReference<>() { });
        shippedDepartments.forEach(ReferenceDataLoader::check);
        shippedMeasures.forEach(ReferenceDataLoader::check);
        transaction.executeWithoutResult(status -> {
            long newDepartments = shippedDepartments.stream().filter(departments::insertIfAbsent).count();
            checkIssuingDepartments(shippedMeasures);
            long newMeasures = shippedMeasures.stream().filter(measures::insertIfAbsent).count();
            log.info("Reference data: {} of {} departments and {} of {} measures were new", newDepartments,
                    shippedDepartments.size(), newMeasures, shippedMeasures.size());
        });
    }

    private <T> List<T> read(Resource resource, TypeReference<List<T>> type) {
        try (InputStream in = resource.getInputStream()) {
            return json.readValue(in, type);
        } catch (IOException unreadable) {
            throw new IllegalStateException("Cannot read reference data " + resource, unreadable);
        }
    }

    private void checkIssuingDepartments(List<SanctionMeasure> shipped) {
        Set<String> known = departments.all().stream().map(Department::code).collect(Collectors.toSet());
        List<String> unknown = shipped.stream()
                .filter(measure -> measure.issuingDepartment() != null && !known.contains(measure.issuingDepartment()))
                .map(measure -> measure.code() + " -> " + measure.issuingDepartment())
                .toList();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("Measures name unknown issuing departments: " + unknown);
        }
    }

    private static void check(Department department) {
        if (department.kind() == null || !allHaveText(department.code(), department.nameZh(), department.nameEn())) {
            throw new IllegalStateException("Incomplete department in the reference data: " + department);
        }
    }

    private static void check(SanctionMeasure measure) {
        if (measure.domain() == null || !allHaveText(measure.code(), measure.titleZh(), measure.titleEn(),
                measure.legalBasis(), measure.source())) {
            throw new IllegalStateException("Incomplete measure in the reference data: " + measure);
        }
    }

    private static boolean allHaveText(String... texts) {
        return Stream.of(texts).allMatch(StringUtils::hasText);
    }
}
