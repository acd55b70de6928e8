#pragma once

#include "models/estate.h"
#include "models/sourcestate.h"
#include "models/timeseries.h"
#include "services/alertmanagerclient.h"
#include "services/odooprobes.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace Gatehouse::Services {
class PrometheusClient;
class SecretStore;
} // namespace Gatehouse::Services

namespace Gatehouse::Ui {

class EnvironmentsOverviewModel;

/// Polls every health source of the estate and writes what they say into an
/// EnvironmentsOverviewModel: one PrometheusClient and one AlertmanagerClient per distinct
/// URL (environments often share them), one OdooProbes per environment database. Each
/// source is asked on its own, through the clients' asynchronous APIs, so one that is
/// slow or down never holds up another; a source still busy from the last poll is not
/// asked again until it answers.
///
/// When a source fails, only the cells it feeds change: their source state becomes stale
/// or unreachable with the reason, and their last good level and summary stay.
/// UI thread only; all I/O runs in the clients (network manager, worker threads).
class EnvironmentsHealthPoller : public QObject
{
    Q_OBJECT
public:
    explicit EnvironmentsHealthPoller(EnvironmentsOverviewModel *model, QObject *parent = nullptr);
    ~EnvironmentsHealthPoller() override;

    /// Rebuilds the sources for a new estate (also resets the model's rows) and polls.
    void setEstate(Models::EstatePtr estate);
    Models::EstatePtr estate() const { return m_estate; }
    /// Where keychain references (database passwords) are read from; optional.
    void setSecretStore(Services::SecretStore *store);
    /// The time instant queries are evaluated at; empty (the default) = the server's now.
    void setClock(std::function<QDateTime()> clock);
    QDateTime evaluationTime() const;
    /// Polls every `interval`; 0 stops polling (pollNow() still works). Default 15 s.
    void setPollInterval(std::chrono::milliseconds interval);
    /// Asks every source that is not busy now.
    void pollNow();

    /// Application pods of `environment` as the Kubernetes client sees them.
    void setWorkloadSummary(const QString &environment, int ready, int desired, const Models::SourceState &state);

    /// The clients of an environment; nullptr when its URL is not configured.
    Services::PrometheusClient *prometheusFor(const QString &environment) const;
    Services::AlertmanagerClient *alertmanagerFor(const QString &environment) const;
    Models::SourceState prometheusState(const QString &environment) const;
    Models::SourceState alertmanagerState(const QString &environment) const;
    /// Alerts whose `environment` label is `environment` (firing and suppressed).
    QList<Services::AlertmanagerClient::Alert> alertsFor(const QString &environment) const;
    /// Silences with a matcher environment="<environment>".
    QList<Services::AlertmanagerClient::Silence> silencesFor(const QString &environment) const;
    /// The last database probe of `environment`, if one ever succeeded.
    std::optional<Services::OdooProbes::Snapshot> databaseSnapshot(const QString &environment) const;
    Models::SourceState databaseState(const QString &environment) const;
    /// Success ratio (0..1) per integration from its health query, as last evaluated.
    QHash<QString, double> integrationHealth() const { return m_integrationHealth; }

    /// Whether any environment names a Prometheus / an Alertmanager.
    bool anyPrometheusConfigured() const;
    bool anyAlertmanagerConfigured() const;

Q_SIGNALS:
    /// Every source asked by one poll has answered or failed.
    void pollFinished();
    /// The alerts or silences of `environment` changed (or their source's state did).
    void alertsChanged(const QString &environment);
    /// A database probe of `environment` finished (successfully or not).
    void databaseChanged(const QString &environment);
    /// The Prometheus serving `environment` became fresh, stale or unreachable.
    void prometheusStateChanged(const QString &environment, const Gatehouse::Models::SourceState &state);
    /// Integration health queries were evaluated: success ratio 0..1 per integration.
    void integrationHealthChanged(const QHash<QString, double> &successRatio);

private:
    struct PrometheusSource;
    struct AlertmanagerSource;
    struct DatabaseSource;

    /// Starts a request of a source unless its last one is still out (`busy`); false when
    /// it is.
    bool startRequest(bool &busy);
    /// The one way every source is asked: `apply` runs on the UI thread with the answer,
    /// unless a newer estate replaced the sources; either way the source is no longer
    /// busy and the poll's count of outstanding requests is balanced.
    template<typename T, typename Apply>
    void whenAnswered(bool &busy, const QFuture<T> &answer, Apply apply);

    void pollPrometheus(PrometheusSource &source);
    void applyPrometheus(PrometheusSource &source, const QHash<QString, QList<Models::TimeSeries>> &results,
                         const QHash<QString, QString> &errors);
    void pollAlertmanager(AlertmanagerSource &source);
    void applyAlertmanager(AlertmanagerSource &source, const Models::Result<QList<Services::AlertmanagerClient::Alert>> &alerts);
    void pollDatabase(DatabaseSource &source);
    void applyDatabase(DatabaseSource &source);
    void requestStarted();
    void requestFinished();

    EnvironmentsOverviewModel *m_model;
    Models::EstatePtr m_estate;
    Services::SecretStore *m_secrets = nullptr;
    std::function<QDateTime()> m_clock;
    QTimer m_timer;
    quint64 m_generation = 0;
    int m_pending = 0;
    std::vector<std::unique_ptr<PrometheusSource>> m_prometheus;
    std::vector<std::unique_ptr<AlertmanagerSource>> m_alertmanagers;
    std::vector<std::unique_ptr<DatabaseSource>> m_databases;
    QHash<QString, PrometheusSource *> m_prometheusByEnvironment;
    QHash<QString, AlertmanagerSource *> m_alertmanagerByEnvironment;
    QHash<QString, DatabaseSource *> m_databaseByEnvironment;
    QHash<QString, double> m_integrationHealth;
};

} // namespace Gatehouse::Ui
