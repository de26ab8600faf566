package org.xinyong.workflow.listing;

/**
 * The four domains to which the serious-dishonesty list is limited (seed001 §四 6); a listing outside them is
 * refused.
 */
public enum SeriousListDomain {
    /** 严重危害人民群众身体健康和生命安全 */
    LIFE_HEALTH,
    /** 严重破坏市场公平竞争秩序和社会正常秩序 */
    MARKET_ORDER,
    /** 有履行能力但拒不履行、逃避执行法定义务，情节严重 */
    LEGAL_OBLIGATION,
    /** 拒不履行国防义务 */
    NATIONAL_DEFENCE
}
