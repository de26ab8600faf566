package org.xinyong.workflow.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyong.workflow.calendar.BusinessClock;

/**
 * The rule sets (DOMAIN.md "Rules"): which one is in force on a day for the series this deployment follows, and
 * any set by id (a case keeps the id of the set in force on its start day). At start-up the shipped files are
 * validated and installed when their id is absent; a stored set is never changed.
 */
@Service
@DependsOnDatabaseInitialization
public class RuleSets implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(RuleSets.class);

    private final RuleSetRepository repository;
    private final RulesProperties properties;
    private final BusinessClock clock;
    private final Map<String, RuleSet> parsed = new ConcurrentHashMap<>();

    public RuleSets(RuleSetRepository repository, RulesProperties properties, BusinessClock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        installShipped();
        if (repository.ofSeries(series()).isEmpty()) {
            throw new IllegalStateException("xinyong.rules.series=" + series() + " names no rule set; known series: "
                    + all().stream().map(RuleSet::series).collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    /** The series this deployment follows ({@code xinyong.rules.series}). */
    public String series() {
        return properties.series();
    }

    /** The set of the configured series with the latest effective date on or before {@code day}. */
    public RuleSet inForceOn(LocalDate day) {
        return inForceOn(series(), day);
    }

    public RuleSet inForceOn(String series, LocalDate day) {
        // ids and dates only, for every case start; a set's content is read and parsed once per id
        return repository.editionsOf(series).stream()
                .filter(edition -> !edition.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(RuleSetRepository.Edition::effectiveFrom))
                .map(edition -> byId(edition.id()))
                .orElseThrow(() -> new NoRuleSetInForceException(series, day));
    }

    /** The set in force today (business clock), for a case starting now. */
    public RuleSet inForceToday() {
        return inForceOn(clock.today());
    }

    public RuleSet byId(String id) {
        RuleSet cached = parsed.get(id);
        if (cached != null) {
            return cached;
        }
        return repository.contentOf(id).map(content -> parseStored(new StoredRuleSet(id, content)))
                .orElseThrow(() -> new UnknownRuleSetException(id));
    }

    public List<RuleSet> all() {
        return repository.all().stream().map(this::parseStored).toList();
    }

    /**
     * Adds a new rule set (for the administrator's page): validated, refused when its id or its series and
     * effective date are taken, since a stored set is never replaced.
     */
    @Transactional
    public RuleSet add(String origin, String json) {
        RuleSet ruleSet = RuleSetParser.parse(origin, json);
        if (repository.exists(ruleSet.id())) {
            throw new IllegalStateException("Rule set '" + ruleSet.id() + "' exists already; a rule set is never "
                    + "edited in place: add a new one with a later effective date");
        }
        boolean dateTaken = repository.ofSeries(ruleSet.series()).stream().map(this::parseStored)
                .anyMatch(other -> other.effectiveFrom().equals(ruleSet.effectiveFrom()));
        if (dateTaken) {
            throw new IllegalStateException("Series '" + ruleSet.series() + "' already has a rule set effective from "
                    + ruleSet.effectiveFrom());
        }
        repository.insert(ruleSet, json, clock.now());
        parsed.put(ruleSet.id(), ruleSet);
        return ruleSet;
    }

    /** @return the ids installed from the shipped files */
    @Transactional
    public Set<String> installShipped() {
        Set<String> installed = new TreeSet<>();
        for (Resource file : files()) {
            String origin = "data/rulesets/" + file.getFilename();
            String json = read(file);
            RuleSet ruleSet = RuleSetParser.parse(origin, json);
            var stored = repository.contentOf(ruleSet.id());
            if (stored.isEmpty()) {
                add(origin, json);
                installed.add(ruleSet.id());
                log.info("Installed rule set {} ({}, series {}, effective {}) from {}", ruleSet.id(),
                        ruleSet.title(), ruleSet.series(), ruleSet.effectiveFrom(), origin);
            } else if (!parseStored(new StoredRuleSet(ruleSet.id(), stored.get())).equals(ruleSet)) {
                log.warn("{} differs from the stored rule set '{}'; the stored set stays in force. Publish a change "
                        + "as a new rule set with a later effective date.", origin, ruleSet.id());
            }
        }
        return installed;
    }

    private RuleSet parseStored(StoredRuleSet row) {
        return parsed.computeIfAbsent(row.id(), id -> RuleSetParser.parse("'" + id + "' in table rule_set", row.content()));
    }

    private Resource[] files() {
        try {
            return new PathMatchingResourcePatternResolver().getResources(properties.files());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list rule-set files at " + properties.files(), e);
        }
    }

    private static String read(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rule-set file " + file.getFilename(), e);
        }
    }
}
