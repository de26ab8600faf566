package org.xinyong.workflow.bench;

import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The job executor's settings that decide how fast due timers drain ({@code camunda.bpm.job-execution.*}), applied
 * to the running engine so that several settings are measured in one run, against one database and one CPU load.
 */
record JobExecutorSettings(String name, int corePoolSize, int maxPoolSize, int queueCapacity,
                           int maxJobsPerAcquisition, long waitTimeInMillis, long maxWait) {

    /** What the Camunda Spring Boot starter 7.24 uses when application.yml says nothing. */
    static JobExecutorSettings starterDefaults() {
        return new JobExecutorSettings("starter defaults", 3, 10, 3, 3, 5_000, 60_000);
    }

    /** The settings the application started with (application.yml). */
    static JobExecutorSettings of(String name, JobExecutor jobExecutor) {
        ThreadPoolTaskExecutor pool = pool(jobExecutor);
        return new JobExecutorSettings(name, pool.getCorePoolSize(), pool.getMaxPoolSize(), pool.getQueueCapacity(),
                jobExecutor.getMaxJobsPerAcquisition(), jobExecutor.getWaitTimeInMillis(), jobExecutor.getMaxWait());
    }

    void applyTo(JobExecutor jobExecutor) {
        jobExecutor.shutdown();
        ThreadPoolTaskExecutor pool = pool(jobExecutor);
        pool.shutdown();
        pool.setCorePoolSize(corePoolSize);
        pool.setMaxPoolSize(maxPoolSize);
        pool.setQueueCapacity(queueCapacity);
        pool.initialize();
        jobExecutor.setMaxJobsPerAcquisition(maxJobsPerAcquisition);
        jobExecutor.setWaitTimeInMillis((int) waitTimeInMillis);
        jobExecutor.setMaxWait(maxWait);
        jobExecutor.start();
    }

    String describe() {
        return "threads " + corePoolSize + "-" + maxPoolSize + ", queue " + queueCapacity + ", "
                + maxJobsPerAcquisition + " jobs/acquisition, wait " + waitTimeInMillis + " ms (max " + maxWait + ")";
    }

    private static ThreadPoolTaskExecutor pool(JobExecutor jobExecutor) {
        return (ThreadPoolTaskExecutor) ((SpringJobExecutor) jobExecutor).getTaskExecutor();
    }
}
