package org.xinyong.workflow.reference;

import java.util.Arrays;
import java.util.Optional;

/**
 * The four domains of the serious dishonesty list (seed001 §四 6; seed000 §五(三)2), and ALL for measures that apply
 * in every domain.
 */
public enum MeasureDomain {
    /** 严重危害人民群众身体健康和生命安全 */
    LIFE_HEALTH,
    /** 严重破坏市场公平竞争秩序和社会正常秩序 */
    MARKET_ORDER,
    /** 拒不履行法定义务，严重影响司法机关和行政机关公信力 */
    LEGAL_OBLIGATION,
    /** 拒不履行国防义务 */
    NATIONAL_DEFENCE,
    /** A measure for every domain; not a domain of a listing. */
    ALL;

    /** The domain named exactly (e.g. {@code LIFE_HEALTH}), or empty. */
    public static Optional<MeasureDomain> parse(String name) {
        return Arrays.stream(values()).filter(domain -> domain.name().equals(name)).findFirst();
    }
}
