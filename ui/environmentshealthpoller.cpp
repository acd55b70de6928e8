#include "environmentshealthpoller.h"

#include "chartpanelmodel.h"
#include "environmentsoverviewmodel.h"
#include "futurecallback.h"

#include "services/prometheusclient.h"
#include "services/secretstore.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <variant>

namespace Gatehouse::Ui {

using Level = EnvironmentsOverviewModel::Level;
using Aspect = EnvironmentsOverviewModel::Aspect;
using Model = EnvironmentsOverviewModel;
using Status = Models::SourceState::Status;
using Alert = Services::AlertmanagerClient::Alert;
using Silence = Services::AlertmanagerClient::Silence;

struct EnvironmentsHealthPoller::PrometheusSource
{
    Services::PrometheusClient *client = nullptr;
    QStringList environments;
    QStringList integrations; ///< whose health query is evaluated here
    /// The environment each integration's health query is scoped to here.
    QHash<QString, QString> integrationEnvironment;
    bool busy = false;
    Models::SourceState lastState;
};

struct EnvironmentsHealthPoller::AlertmanagerSource
{
    Services::AlertmanagerClient *client = nullptr;
    QStringList environments;
    bool busy = false;
    QList<Alert> alerts;
    QList<Silence> silences;
};

struct EnvironmentsHealthPoller::DatabaseSource
{
    QString environment;
    Models::DatabaseEndpoint endpoint;
    Services::OdooProbes *probes = nullptr;
    bool configured = false; ///< the password (if any) was read and the probes configured
    bool busy = false;
    std::optional<Services::OdooProbes::Snapshot> snapshot;
    QString lastError;
};

namespace {

const QString prometheusName = QStringLiteral("Prometheus");

// Instant queries of one poll: one per measure, grouped by environment, so a shared
// Prometheus answers for all its environments at once.
const QList<std::pair<QString, QString>> &overviewQueries()
{
    static const QList<std::pair<QString, QString>> queries = {
        {QStringLiteral("p95"), QStringLiteral("max by (environment) (gatehouse:ingress_latency_seconds:p95_5m)")},
        {QStringLiteral("5xx"), QStringLiteral("max by (environment) (gatehouse:ingress_5xx_ratio:rate5m)")},
        {QStringLiteral("redisMemory"), QStringLiteral("max by (environment) (gatehouse:redis_memory_used:ratio)")},
        {QStringLiteral("redisHits"), QStringLiteral("min by (environment) (gatehouse:redis_hit_ratio:rate5m)")},
        {QStringLiteral("redisUp"), QStringLiteral("min by (environment) (redis_up)")},
        {QStringLiteral("backlog"), QStringLiteral("sum by (environment) (gatehouse:queue_job_backlog:sum)")},
        {QStringLiteral("oldestWaiting"),
         QStringLiteral("max by (environment) (odoo_queue_job_oldest_pending_age_seconds)")},
        {QStringLiteral("longestRunning"),
         QStringLiteral("max by (environment) (odoo_queue_job_oldest_started_age_seconds)")},
        {QStringLiteral("integrations"),
         QStringLiteral("gatehouse:edi_success_ratio:rate15m or gatehouse:carrier_label_success_ratio:rate15m"
                        " or gatehouse:payment_capture_success_ratio:rate15m")},
        {QStringLiteral("backupAge"),
         QStringLiteral("time() - max by (environment) (gatehouse_backup_last_success_timestamp_seconds > 0)")},
        {QStringLiteral("backupNever"),
         QStringLiteral("max by (environment) (gatehouse_backup_last_success_timestamp_seconds) == 0")},
    };
    return queries;
}

double latest(const Models::TimeSeries &series)
{
    return series.points.isEmpty() ? std::numeric_limits<double>::quiet_NaN() : series.points.constLast().y();
}

QString quoteConninfo(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString conninfo(const Models::DatabaseEndpoint &endpoint)
{
    QStringList parts;
    if (!endpoint.host.isEmpty())
        parts << QStringLiteral("host=") + quoteConninfo(endpoint.host);
    parts << QStringLiteral("port=") + QString::number(endpoint.port);
    parts << QStringLiteral("dbname=") + quoteConninfo(endpoint.name);
    if (!endpoint.user.isEmpty())
        parts << QStringLiteral("user=") + quoteConninfo(endpoint.user);
    if (!endpoint.sslMode.isEmpty())
        parts << QStringLiteral("sslmode=") + quoteConninfo(endpoint.sslMode);
    parts << QStringLiteral("application_name='gatehouse-health'");
    return parts.join(QLatin1Char(' '));
}

Services::HttpEndpoint httpEndpoint(const QUrl &url, const Models::HttpSourceAccess &access)
{
    Services::HttpEndpoint endpoint = Services::HttpEndpoint::forSource(url, access);
    endpoint.timeout = std::chrono::milliseconds(5000);
    return endpoint;
}

Aspect notConfigured(const QString &sourceName, const QString &why)
{
    Aspect aspect;
    aspect.level = Level::NotConfigured;
    aspect.summary = why;
    aspect.sourceName = sourceName;
    return aspect;
}

} // namespace

EnvironmentsHealthPoller::EnvironmentsHealthPoller(EnvironmentsOverviewModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_timer.setInterval(std::chrono::milliseconds(15000));
    connect(&m_timer, &QTimer::timeout, this, &EnvironmentsHealthPoller::pollNow);
}

EnvironmentsHealthPoller::~EnvironmentsHealthPoller() = default;

void EnvironmentsHealthPoller::setSecretStore(Services::SecretStore *store)
{
    m_secrets = store;
}

void EnvironmentsHealthPoller::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QDateTime EnvironmentsHealthPoller::evaluationTime() const
{
    return m_clock ? m_clock() : QDateTime();
}

void EnvironmentsHealthPoller::setPollInterval(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.setInterval(interval);
    if (m_estate)
        m_timer.start();
}

void EnvironmentsHealthPoller::setEstate(Models::EstatePtr estate)
{
    ++m_generation;
    m_pending = 0;
    m_prometheusByEnvironment.clear();
    m_alertmanagerByEnvironment.clear();
    m_databaseByEnvironment.clear();
    for (auto &source : m_prometheus)
        source->client->deleteLater();
    for (auto &source : m_alertmanagers)
        source->client->deleteLater();
    for (auto &source : m_databases)
        source->probes->deleteLater();
    m_prometheus.clear();
    m_alertmanagers.clear();
    m_databases.clear();
    m_estate = std::move(estate);
    m_model->setEnvironments(m_estate ? m_estate->environments : QList<Models::Environment>());
    if (!m_estate) {
        m_timer.stop();
        return;
    }

    QHash<QString, PrometheusSource *> prometheusByUrl;
    QHash<QString, AlertmanagerSource *> alertmanagerByUrl;
    m_model->beginUpdate();
    for (const Models::Environment &environment : m_estate->environments) {
        const QString &name = environment.name;
        if (environment.prometheusUrl.isValid() && !environment.prometheusUrl.isEmpty()) {
            const QString key = environment.prometheusUrl.toString(QUrl::StripTrailingSlash);
            PrometheusSource *source = prometheusByUrl.value(key);
            if (!source) {
                auto created = std::make_unique<PrometheusSource>();
                created->client = new Services::PrometheusClient(this);
                created->client->setEndpoint(httpEndpoint(environment.prometheusUrl, environment.prometheusAccess));
                if (m_secrets)
                    created->client->setSecretStore(m_secrets);
                source = created.get();
                prometheusByUrl.insert(key, source);
                m_prometheus.push_back(std::move(created));
            }
            source->environments.append(name);
            m_prometheusByEnvironment.insert(name, source);
        } else {
            const QString why = tr("No Prometheus is configured for this environment (spec.prometheus.url).");
            for (Model::Column column : {Model::RedisColumn, Model::IngressColumn, Model::QueuesColumn,
                                         Model::IntegrationsColumn, Model::BackupsColumn})
                m_model->setAspect(name, column, notConfigured(prometheusName, why));
        }
        if (environment.alertmanagerUrl.isValid() && !environment.alertmanagerUrl.isEmpty()) {
            const QString key = environment.alertmanagerUrl.toString(QUrl::StripTrailingSlash);
            AlertmanagerSource *source = alertmanagerByUrl.value(key);
            if (!source) {
                auto created = std::make_unique<AlertmanagerSource>();
                created->client = new Services::AlertmanagerClient(this);
                created->client->setEndpoint(httpEndpoint(environment.alertmanagerUrl, environment.alertmanagerAccess));
                if (m_secrets)
                    created->client->setSecretStore(m_secrets);
                source = created.get();
                alertmanagerByUrl.insert(key, source);
                m_alertmanagers.push_back(std::move(created));
            }
            source->environments.append(name);
            m_alertmanagerByEnvironment.insert(name, source);
        } else {
            m_model->setAspect(name, Model::AlertsColumn,
                               notConfigured(QStringLiteral("Alertmanager"),
                                             tr("No Alertmanager is configured for this environment "
                                                "(spec.alertmanager.url).")));
        }
        if (!environment.odooDatabase.name.isEmpty()) {
            auto created = std::make_unique<DatabaseSource>();
            created->environment = name;
            created->endpoint = environment.odooDatabase;
            created->probes = new Services::OdooProbes(this);
            m_databaseByEnvironment.insert(name, created.get());
            m_databases.push_back(std::move(created));
        } else {
            m_model->setAspect(name, Model::PostgresColumn,
                               notConfigured(QStringLiteral("PostgreSQL"),
                                             tr("No Odoo database is configured for this environment "
                                                "(spec.odooDatabase).")));
        }
        Aspect pods;
        pods.sourceName = QStringLiteral("Kubernetes");
        pods.summary = tr("Waiting for the Kubernetes client.");
        m_model->setAspect(name, Model::PodsColumn, pods);
    }
    m_model->endUpdate();

    // An integration's health query is written for any environment: evaluate it, scoped to
    // one environment's series, on the Prometheus of the first environment it runs in,
    // production first, so environments sharing a Prometheus never mix.
    for (const Models::Integration &integration : m_estate->integrations) {
        if (integration.healthQuery.trimmed().isEmpty())
            continue;
        PrometheusSource *chosen = nullptr;
        QString chosenEnvironment;
        int chosenRank = std::numeric_limits<int>::max();
        for (const Models::Environment &environment : m_estate->environments) {
            if (!integration.environments.isEmpty() && !integration.environments.contains(environment.name))
                continue;
            PrometheusSource *source = m_prometheusByEnvironment.value(environment.name);
            const int rank = environment.tier == Models::Tier::Production ? 0 : 1;
            if (source && rank < chosenRank) {
                chosen = source;
                chosenEnvironment = environment.name;
                chosenRank = rank;
            }
        }
        if (chosen) {
            chosen->integrations.append(integration.name);
            chosen->integrationEnvironment.insert(integration.name, chosenEnvironment);
        }
    }

    if (m_timer.interval() > 0)
        m_timer.start();
    pollNow();
}

void EnvironmentsHealthPoller::setWorkloadSummary(const QString &environment, int ready, int desired,
                                                  const Models::SourceState &state)
{
    Aspect pods;
    pods.sourceName = QStringLiteral("Kubernetes");
    pods.source = state;
    if (desired <= 0) {
        pods.level = Level::Ok;
        pods.summary = tr("No replicas wanted (scaled to zero).");
    } else {
        pods.level = ready >= desired ? Level::Ok : ready == 0 ? Level::Critical : Level::Warning;
        pods.summary = tr("%1 of %2 ready").arg(ready).arg(desired);
    }
    m_model->setAspect(environment, Model::PodsColumn, pods);
}

void EnvironmentsHealthPoller::requestStarted()
{
    ++m_pending;
}

void EnvironmentsHealthPoller::requestFinished()
{
    if (m_pending > 0 && --m_pending == 0)
        Q_EMIT pollFinished();
}

void EnvironmentsHealthPoller::pollNow()
{
    const int before = m_pending;
    for (auto &source : m_prometheus)
        pollPrometheus(*source);
    for (auto &source : m_alertmanagers)
        pollAlertmanager(*source);
    for (auto &source : m_databases)
        pollDatabase(*source);
    if (m_pending == 0 && before == 0)
        Q_EMIT pollFinished();
}

bool EnvironmentsHealthPoller::startRequest(bool &busy)
{
    if (busy)
        return false;
    busy = true;
    requestStarted();
    return true;
}

template<typename T, typename Apply>
void EnvironmentsHealthPoller::whenAnswered(bool &busy, const QFuture<T> &answer, Apply apply)
{
    // `busy` lives in a source, which lives as long as the generation does.
    const quint64 generation = m_generation;
    whenFinished(
        answer, this,
        [this, generation, &busy, apply](const T &result) {
            if (generation != m_generation)
                return;
            busy = false;
            apply(result);
            requestFinished();
        },
        [this, generation, &busy] {
            if (generation != m_generation)
                return;
            busy = false;
            requestFinished();
        });
}

void EnvironmentsHealthPoller::pollPrometheus(PrometheusSource &source)
{
    if (!startRequest(source.busy))
        return;
    using Answer = Models::Result<QList<Models::TimeSeries>>;
    const QDateTime at = evaluationTime();
    QList<std::pair<QString, QString>> queries = overviewQueries();
    for (const QString &integration : std::as_const(source.integrations)) {
        if (const Models::Integration *found = m_estate->integration(integration))
            queries.append({QStringLiteral("health:") + integration,
                            Services::PrometheusClient::scoped(found->healthQuery, QStringLiteral("environment"),
                                                               source.integrationEnvironment.value(integration))});
    }
    // All of a poll's queries are applied together, once the last has answered.
    QList<QFuture<Answer>> answers;
    QStringList keys;
    for (const auto &[key, promql] : queries) {
        keys.append(key);
        answers.append(source.client->query(promql, at));
    }
    PrometheusSource *sourcePtr = &source;
    whenAnswered(source.busy, QtFuture::whenAll(answers.begin(), answers.end()), [this, sourcePtr, keys](const QList<QFuture<Answer>> &all) {
        QHash<QString, QList<Models::TimeSeries>> results;
        QHash<QString, QString> errors;
        for (qsizetype i = 0; i < all.size() && i < keys.size(); ++i) {
            if (all[i].resultCount() == 0)
                continue; // dropped without an answer: as if the series were absent
            const Answer &answer = all[i].result();
            if (answer.ok())
                results.insert(keys[i], answer.value());
            else
                errors.insert(keys[i], answer.error().message);
        }
        applyPrometheus(*sourcePtr, results, errors);
    });
}

void EnvironmentsHealthPoller::applyPrometheus(PrometheusSource &source,
                                               const QHash<QString, QList<Models::TimeSeries>> &results,
                                               const QHash<QString, QString> &errors)
{
    const Models::SourceState state = source.client->state();
    const bool down = state.status == Status::Stale || state.status == Status::Unreachable;
    const QLocale locale;
    auto ratio = [](double value) { return ChartPanelModel::formatValue(value, ChartPanelModel::Unit::Ratio); };
    auto duration = [](double value) { return ChartPanelModel::formatValue(value, ChartPanelModel::Unit::Seconds); };

    // Each query's value per environment, and the integration series per environment,
    // sorted out in one pass rather than searched for per environment and measure.
    const QString environmentLabel = QStringLiteral("environment");
    QHash<QString, QHash<QString, double>> values;
    QHash<QString, QList<const Models::TimeSeries *>> integrationSeries;
    for (auto it = results.cbegin(); it != results.cend(); ++it) {
        if (it.key() == QLatin1String("integrations")) {
            for (const Models::TimeSeries &series : it.value())
                integrationSeries[series.labels.value(environmentLabel)].append(&series);
            continue;
        }
        QHash<QString, double> &byEnvironment = values[it.key()];
        for (const Models::TimeSeries &series : it.value()) {
            const QString environment = series.labels.value(environmentLabel);
            if (!byEnvironment.contains(environment)) // the first series of an environment counts
                byEnvironment.insert(environment, latest(series));
        }
    }

    m_model->beginUpdate();
    for (const QString &environment : std::as_const(source.environments)) {
        if (source.lastState != state)
            Q_EMIT prometheusStateChanged(environment, state);
        const QList<Model::Column> columns = {Model::IngressColumn, Model::RedisColumn, Model::QueuesColumn,
                                              Model::IntegrationsColumn, Model::BackupsColumn};
        if (down) {
            for (Model::Column column : columns)
                m_model->setSourceState(environment, column, state);
            continue;
        }
        // A query that failed on a server that answers (a PromQL error) makes only its own
        // aspect stale.
        auto sourceFor = [&](const QStringList &keys) {
            Models::SourceState aspectState = state;
            for (const QString &key : keys) {
                if (errors.contains(key)) {
                    aspectState.status = Status::Stale;
                    aspectState.reason = errors.value(key);
                }
            }
            return aspectState;
        };
        auto value = [&](const QString &key) {
            const auto measure = values.constFind(key);
            return measure == values.cend() ? std::numeric_limits<double>::quiet_NaN()
                                            : measure->value(environment, std::numeric_limits<double>::quiet_NaN());
        };
        // A failed query keeps the aspect's last good level and summary.
        auto commit = [&](Model::Column column, Aspect aspect) {
            if (aspect.source.status != Status::Fresh) {
                const Aspect previous = m_model->aspect(m_model->rowOfEnvironment(environment), column);
                aspect.level = previous.level;
                aspect.summary = previous.summary;
            }
            m_model->setAspect(environment, column, aspect);
        };

        {
            Aspect aspect;
            aspect.sourceName = prometheusName;
            aspect.source = sourceFor({QStringLiteral("p95"), QStringLiteral("5xx")});
            const double p95 = value(QStringLiteral("p95"));
            const double errorRatio = value(QStringLiteral("5xx"));
            if (std::isnan(p95) && std::isnan(errorRatio)) {
                aspect.summary = tr("No ingress data.");
            } else {
                aspect.level = Level::Ok;
                if (errorRatio > 0.05 || p95 > 5)
                    aspect.level = Level::Critical;
                else if (errorRatio > 0.01 || p95 > 2)
                    aspect.level = Level::Warning;
                aspect.summary = tr("p95 %1, 5xx %2").arg(duration(p95), ratio(errorRatio));
            }
            commit(Model::IngressColumn, aspect);
        }
        {
            Aspect aspect;
            aspect.sourceName = prometheusName;
            aspect.source = sourceFor({QStringLiteral("redisMemory"), QStringLiteral("redisHits"), QStringLiteral("redisUp")});
            const double up = value(QStringLiteral("redisUp"));
            const double memory = value(QStringLiteral("redisMemory"));
            const double hits = value(QStringLiteral("redisHits"));
            if (std::isnan(up) && std::isnan(memory)) {
                aspect.summary = tr("No Redis data.");
            } else if (up == 0) {
                aspect.level = Level::Critical;
                aspect.summary = tr("Redis is down.");
            } else {
                aspect.level = memory > 0.9 ? Level::Warning : Level::Ok;
                aspect.summary = tr("memory %1 of max, hit ratio %2").arg(ratio(memory), ratio(hits));
            }
            commit(Model::RedisColumn, aspect);
        }
        {
            Aspect aspect;
            aspect.sourceName = prometheusName;
            aspect.source = sourceFor({QStringLiteral("backlog"), QStringLiteral("oldestWaiting"),
                                       QStringLiteral("longestRunning")});
            const double backlog = value(QStringLiteral("backlog"));
            const double oldest = value(QStringLiteral("oldestWaiting"));
            const double running = value(QStringLiteral("longestRunning"));
            if (std::isnan(backlog) && std::isnan(oldest)) {
                aspect.summary = tr("No queue_job data.");
            } else if (running > 1800) {
                aspect.level = Level::Critical;
                aspect.summary = tr("a job has been running for %1 (stuck)").arg(duration(running));
            } else {
                aspect.level = (backlog > 500 || oldest > 900) ? Level::Warning : Level::Ok;
                aspect.summary = tr("%1 waiting, oldest %2")
                                     .arg(locale.toString(qint64(std::isnan(backlog) ? 0 : backlog)),
                                          duration(std::isnan(oldest) ? 0 : oldest));
            }
            commit(Model::QueuesColumn, aspect);
        }
        {
            Aspect aspect;
            aspect.sourceName = prometheusName;
            aspect.source = sourceFor({QStringLiteral("integrations")});
            double worst = std::numeric_limits<double>::quiet_NaN();
            QString worstName;
            int below = 0;
            int count = 0;
            for (const Models::TimeSeries *series : integrationSeries.value(environment)) {
                const double v = latest(*series);
                if (std::isnan(v))
                    continue;
                ++count;
                if (v < 0.98)
                    ++below;
                if (std::isnan(worst) || v < worst) {
                    worst = v;
                    const Models::Labels &labels = series->labels;
                    if (labels.contains(QStringLiteral("partner")))
                        worstName = tr("EDI %1").arg(labels.value(QStringLiteral("partner")));
                    else if (labels.contains(QStringLiteral("carrier")))
                        worstName = tr("labels %1").arg(labels.value(QStringLiteral("carrier")));
                    else
                        worstName = tr("payments %1").arg(labels.value(QStringLiteral("provider")));
                }
            }
            if (count == 0) {
                aspect.summary = tr("No integration data.");
            } else {
                aspect.level = worst < 0.9 ? Level::Critical : worst < 0.98 ? Level::Warning : Level::Ok;
                aspect.summary = below == 0 ? tr("%1 flows, lowest %2 (%3)").arg(count).arg(ratio(worst), worstName)
                                            : tr("%1 of %2 flows below 98 %, lowest %3 (%4)")
                                                  .arg(below)
                                                  .arg(count)
                                                  .arg(ratio(worst), worstName);
            }
            commit(Model::IntegrationsColumn, aspect);
        }
        {
            Aspect aspect;
            aspect.sourceName = prometheusName;
            aspect.source = sourceFor({QStringLiteral("backupAge"), QStringLiteral("backupNever")});
            const double age = value(QStringLiteral("backupAge"));
            const bool never = !std::isnan(value(QStringLiteral("backupNever")));
            if (never && std::isnan(age)) {
                aspect.level = Level::Critical;
                aspect.summary = tr("No backup has ever succeeded.");
            } else if (std::isnan(age)) {
                aspect.summary = tr("No backup data.");
            } else {
                aspect.level = age > 26 * 3600 ? Level::Critical : Level::Ok;
                aspect.summary = tr("last good backup %1 ago (RPO 26 h)").arg(duration(age));
            }
            commit(Model::BackupsColumn, aspect);
        }
    }
    m_model->endUpdate();
    source.lastState = state;

    if (!source.integrations.isEmpty() && !down) {
        QHash<QString, double> health = m_integrationHealth;
        for (const QString &integration : std::as_const(source.integrations)) {
            double worst = std::numeric_limits<double>::quiet_NaN();
            for (const Models::TimeSeries &series : results.value(QStringLiteral("health:") + integration)) {
                const double v = latest(series);
                if (std::isfinite(v) && (std::isnan(worst) || v < worst))
                    worst = v;
            }
            if (std::isnan(worst))
                health.remove(integration);
            else
                health.insert(integration, worst);
        }
        if (health != m_integrationHealth) {
            m_integrationHealth = health;
            Q_EMIT integrationHealthChanged(m_integrationHealth);
        }
    }
}

void EnvironmentsHealthPoller::pollAlertmanager(AlertmanagerSource &source)
{
    if (!startRequest(source.busy))
        return;
    using Alerts = Models::Result<QList<Alert>>;
    using Silences = Models::Result<QList<Silence>>;
    using Either = std::variant<QFuture<Alerts>, QFuture<Silences>>;
    AlertmanagerSource *sourcePtr = &source;
    whenAnswered(source.busy, QtFuture::whenAll(source.client->alerts(), source.client->silences()),
                 [this, sourcePtr](const QList<Either> &answers) {
                     const QFuture<Alerts> alertsAnswer = std::get<0>(answers.at(0));
                     const QFuture<Silences> silencesAnswer = std::get<1>(answers.at(1));
                     if (alertsAnswer.resultCount() == 0)
                         return; // dropped without an answer (the client is going away)
                     if (silencesAnswer.resultCount() > 0 && silencesAnswer.result().ok())
                         sourcePtr->silences = silencesAnswer.result().value();
                     applyAlertmanager(*sourcePtr, alertsAnswer.result());
                 });
}

void EnvironmentsHealthPoller::applyAlertmanager(AlertmanagerSource &source, const Models::Result<QList<Alert>> &alerts)
{
    const Models::SourceState state = source.client->state();
    if (alerts.ok())
        source.alerts = alerts.value();
    m_model->beginUpdate();
    for (const QString &environment : std::as_const(source.environments)) {
        if (!alerts.ok()) {
            Models::SourceState failed = state;
            if (failed.status == Status::Fresh) {
                failed.status = Status::Stale;
                failed.reason = alerts.error().message;
            }
            m_model->setSourceState(environment, Model::AlertsColumn, failed);
            continue;
        }
        int active = 0;
        int critical = 0;
        int suppressed = 0;
        for (const Alert &alert : std::as_const(source.alerts)) {
            if (alert.labels.value(QStringLiteral("environment")) != environment)
                continue;
            if (alert.state == Alert::State::Suppressed) {
                ++suppressed;
                continue;
            }
            ++active;
            if (alert.labels.value(QStringLiteral("severity")) == QLatin1String("critical"))
                ++critical;
        }
        Aspect aspect;
        aspect.sourceName = QStringLiteral("Alertmanager");
        aspect.source = state;
        aspect.level = critical > 0 ? Level::Critical : active > 0 ? Level::Warning : Level::Ok;
        if (active == 0)
            aspect.summary = tr("None firing");
        else if (critical > 0)
            aspect.summary = tr("%1 firing, %2 critical").arg(active).arg(critical);
        else
            aspect.summary = tr("%1 firing").arg(active);
        if (suppressed > 0)
            aspect.summary += tr(", %1 silenced").arg(suppressed);
        m_model->setAspect(environment, Model::AlertsColumn, aspect);
    }
    m_model->endUpdate();
    for (const QString &environment : std::as_const(source.environments))
        Q_EMIT alertsChanged(environment);
}

void EnvironmentsHealthPoller::pollDatabase(DatabaseSource &source)
{
    if (!startRequest(source.busy))
        return;
    const quint64 generation = m_generation;
    DatabaseSource *sourcePtr = &source;
    auto runProbe = [this, sourcePtr] {
        whenAnswered(sourcePtr->busy, sourcePtr->probes->probe(),
                     [this, sourcePtr](const Models::Result<Services::OdooProbes::Snapshot> &result) {
                         if (result.ok()) {
                             sourcePtr->snapshot = result.value();
                             sourcePtr->lastError.clear();
                         } else {
                             sourcePtr->lastError = result.error().message;
                         }
                         applyDatabase(*sourcePtr);
                     });
    };
    if (source.configured) {
        runProbe();
        return;
    }
    auto configure = [sourcePtr, runProbe](const QString &password) {
        Services::OdooProbes::Config config;
        config.conninfo = conninfo(sourcePtr->endpoint);
        config.password = password;
        sourcePtr->probes->setConfig(config);
        sourcePtr->configured = true;
        runProbe();
    };
    if (source.endpoint.passwordRef.isEmpty() || !m_secrets) {
        configure(QString());
        return;
    }
    // A password that cannot be read is not fatal by itself: the server may not ask for one,
    // and if it does the connection error says so.
    whenFinished(
        m_secrets->readPassword(source.endpoint.passwordRef), this,
        [this, generation, configure](const Models::Result<QString> &password) {
            if (generation != m_generation)
                return;
            configure(password.ok() ? password.value() : QString());
        },
        [this, generation, configure] {
            if (generation == m_generation)
                configure(QString());
        });
}

void EnvironmentsHealthPoller::applyDatabase(DatabaseSource &source)
{
    const Models::SourceState state = source.probes->state();
    Aspect aspect;
    aspect.sourceName = QStringLiteral("PostgreSQL");
    aspect.source = state;
    if (state.status == Status::Unreachable && !source.lastError.isEmpty() && aspect.source.reason.isEmpty())
        aspect.source.reason = source.lastError;
    const int row = m_model->rowOfEnvironment(source.environment);
    if (!source.snapshot || (state.status == Status::Unreachable)) {
        const Aspect previous = m_model->aspect(row, Model::PostgresColumn);
        aspect.level = previous.level;
        aspect.summary = previous.summary;
        if (!source.snapshot)
            aspect.summary = tr("No answer from the database yet.");
        m_model->setAspect(source.environment, Model::PostgresColumn, aspect);
        Q_EMIT databaseChanged(source.environment);
        return;
    }
    const Services::OdooProbes::Snapshot &snapshot = *source.snapshot;
    double lag = 0;
    for (const auto &standby : snapshot.standbys)
        lag = std::max(lag, standby.replayLagSeconds.value_or(0));
    for (const auto &replica : snapshot.replicas)
        lag = std::max(lag, replica.replayDelaySeconds);
    const double used = snapshot.connections.max > 0 ? double(snapshot.connections.used) / snapshot.connections.max : 0;
    const double longest = snapshot.longestTransaction ? snapshot.longestTransaction->seconds : 0;
    const bool archiveFailing = snapshot.archiving.lastFailedAt.isValid()
        && (!snapshot.archiving.lastArchivedAt.isValid()
            || snapshot.archiving.lastFailedAt > snapshot.archiving.lastArchivedAt);
    aspect.level = Level::Ok;
    if (lag > 300)
        aspect.level = Level::Critical;
    else if (lag > 60 || used > 0.9 || !snapshot.lockWaits.isEmpty() || longest > 3600 || archiveFailing)
        aspect.level = Level::Warning;
    QStringList parts;
    parts << tr("connections %1/%2").arg(snapshot.connections.used).arg(snapshot.connections.max);
    if (!snapshot.standbys.isEmpty() || !snapshot.replicas.isEmpty())
        parts << tr("replication lag %1")
                     .arg(ChartPanelModel::formatValue(lag, ChartPanelModel::Unit::Seconds));
    if (!snapshot.lockWaits.isEmpty())
        parts << tr("%1 waiting on locks").arg(snapshot.lockWaits.size());
    if (longest > 3600)
        parts << tr("a transaction open for %1")
                     .arg(ChartPanelModel::formatValue(longest, ChartPanelModel::Unit::Seconds));
    if (archiveFailing)
        parts << tr("WAL archiving failing");
    aspect.summary = parts.join(QStringLiteral(", "));
    m_model->setAspect(source.environment, Model::PostgresColumn, aspect);
    Q_EMIT databaseChanged(source.environment);
}

Services::PrometheusClient *EnvironmentsHealthPoller::prometheusFor(const QString &environment) const
{
    const PrometheusSource *source = m_prometheusByEnvironment.value(environment);
    return source ? source->client : nullptr;
}

Services::AlertmanagerClient *EnvironmentsHealthPoller::alertmanagerFor(const QString &environment) const
{
    const AlertmanagerSource *source = m_alertmanagerByEnvironment.value(environment);
    return source ? source->client : nullptr;
}

Models::SourceState EnvironmentsHealthPoller::prometheusState(const QString &environment) const
{
    const PrometheusSource *source = m_prometheusByEnvironment.value(environment);
    return source ? source->client->state() : Models::SourceState();
}

Models::SourceState EnvironmentsHealthPoller::alertmanagerState(const QString &environment) const
{
    const AlertmanagerSource *source = m_alertmanagerByEnvironment.value(environment);
    return source ? source->client->state() : Models::SourceState();
}

QList<Alert> EnvironmentsHealthPoller::alertsFor(const QString &environment) const
{
    QList<Alert> result;
    if (const AlertmanagerSource *source = m_alertmanagerByEnvironment.value(environment)) {
        for (const Alert &alert : source->alerts) {
            if (alert.labels.value(QStringLiteral("environment")) == environment)
                result.append(alert);
        }
    }
    return result;
}

QList<Silence> EnvironmentsHealthPoller::silencesFor(const QString &environment) const
{
    QList<Silence> result;
    if (const AlertmanagerSource *source = m_alertmanagerByEnvironment.value(environment)) {
        for (const Silence &silence : source->silences) {
            const bool matches = std::any_of(silence.matchers.cbegin(), silence.matchers.cend(), [&](const auto &m) {
                return m.name == QLatin1String("environment") && !m.isRegex && m.isEqual && m.value == environment;
            });
            if (matches)
                result.append(silence);
        }
    }
    return result;
}

std::optional<Services::OdooProbes::Snapshot> EnvironmentsHealthPoller::databaseSnapshot(const QString &environment) const
{
    const DatabaseSource *source = m_databaseByEnvironment.value(environment);
    return source ? source->snapshot : std::nullopt;
}

Models::SourceState EnvironmentsHealthPoller::databaseState(const QString &environment) const
{
    const DatabaseSource *source = m_databaseByEnvironment.value(environment);
    return source ? source->probes->state() : Models::SourceState();
}

bool EnvironmentsHealthPoller::anyPrometheusConfigured() const
{
    return !m_prometheus.empty();
}

bool EnvironmentsHealthPoller::anyAlertmanagerConfigured() const
{
    return !m_alertmanagers.empty();
}

} // namespace Gatehouse::Ui
