-- People: application users, groups and memberships. These tables are the identity source of truth; Camunda's
-- identity tables are synchronised from them at start-up (security.camunda.CamundaIdentitySync).

create table app_user (
    username        varchar(64)  not null primary key,
    password_hash   varchar(255) not null,
    display_name    varchar(200) not null,
    email           varchar(200),
    enabled         boolean      not null default true,
    -- ADMIN | STAFF | SUPERVISOR | SANCTIONS_CHECK | ENTERPRISE (security.Roles)
    role            varchar(32)  not null,
    -- the department a STAFF account works for (reference data department code; deliberately no foreign key)
    department_code varchar(64),
    -- the one unified social credit code an ENTERPRISE account is bound to
    subject_code    varchar(18),
    constraint app_user_role_check
        check (role in ('ADMIN', 'STAFF', 'SUPERVISOR', 'SANCTIONS_CHECK', 'ENTERPRISE')),
    constraint app_user_enterprise_subject_check
        check (role <> 'ENTERPRISE' or subject_code is not null)
);

create table app_group (
    id      varchar(64)  not null primary key,
    name_zh varchar(200) not null,
    name_en varchar(200) not null,
    -- DEPARTMENT | DEPARTMENT_HEAD | CREDIT_OFFICE | LEADING_GROUP | SYSTEM
    type    varchar(32)  not null
);

create table app_user_group (
    username varchar(64) not null,
    group_id varchar(64) not null,
    primary key (username, group_id),
    constraint app_user_group_user_fk foreign key (username) references app_user (username) on delete cascade,
    constraint app_user_group_group_fk foreign key (group_id) references app_group (id) on delete cascade
);

-- The groups the processes name as candidate groups (DOMAIN.md "Actors and groups"): one caseworker group and one
-- head group per identifying department, the credit office, the leading group, and Camunda's administrator group.
insert into app_group (id, name_zh, name_en, type) values
    ('camunda-admin',      'Camunda 管理员',           'Camunda administrators',                  'SYSTEM'),
    ('credit-office',      '社会信用主管部门（信用办）', 'Credit office',                           'CREDIT_OFFICE'),
    ('leading-group',      '社会信用体系建设领导小组',   'Social credit leading group',             'LEADING_GROUP'),
    ('dept-amr',           '市场监督管理局',            'Market regulation administration',        'DEPARTMENT'),
    ('dept-amr-head',      '市场监督管理局负责人',       'Market regulation administration (head)', 'DEPARTMENT_HEAD'),
    ('dept-tax',           '税务局',                   'Tax bureau',                              'DEPARTMENT'),
    ('dept-tax-head',      '税务局负责人',              'Tax bureau (head)',                       'DEPARTMENT_HEAD'),
    ('dept-env',           '生态环境局',                'Ecology and environment bureau',          'DEPARTMENT'),
    ('dept-env-head',      '生态环境局负责人',           'Ecology and environment bureau (head)',   'DEPARTMENT_HEAD'),
    ('dept-housing',       '住房和城乡建设局',           'Housing and urban-rural development bureau', 'DEPARTMENT'),
    ('dept-housing-head',  '住房和城乡建设局负责人',      'Housing and urban-rural development bureau (head)', 'DEPARTMENT_HEAD'),
    ('dept-hrss',          '人力资源和社会保障局',       'Human resources and social security bureau', 'DEPARTMENT'),
    ('dept-hrss-head',     '人力资源和社会保障局负责人',  'Human resources and social security bureau (head)', 'DEPARTMENT_HEAD');
