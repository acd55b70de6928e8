#pragma once

#include "models/changerequest.h"
#include "models/environment.h"
#include "models/estate.h"
#include "models/integration.h"
#include "models/sourcestate.h"
#include "services/alertmanagerclient.h"
#include "services/odooprobes.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <functional>
#include <optional>

class QButtonGroup;
class QLabel;

namespace Gatehouse::Services {
class PrometheusClient;
}

namespace Gatehouse::Ui {

class AlertsList;
class ChartPanel;
class ChartPanelModel;

/// One environment in detail: charts of ingress p95 latency and 5xx ratio, queue depth and
/// oldest waiting job, replication lag, Redis memory and hit ratio, integration success
/// ratio per partner / carrier / provider, and business throughput (orders, pickings,
/// labels), over 1 h / 6 h / 24 h / 7 d; the database as the probes see it now; the
/// environment's alerts and silences. Change windows of the environment are shaded on
/// every chart with the change's title.
///
/// Charts are filled by range queries through the environment's PrometheusClient
/// (asynchronous; decoding and reduction to about twice each chart's width run off the
/// UI thread). When Prometheus fails, the charts keep their last data and say why.
/// UI thread only.
class EnvironmentDetailView : public QWidget
{
    Q_OBJECT
public:
    enum class Range { Hour, SixHours, Day, Week };
    enum Panel {
        IngressLatencyPanel,
        IngressErrorsPanel,
        QueueDepthPanel,
        QueueAgePanel,
        ReplicationLagPanel,
        RedisMemoryPanel,
        RedisHitRatioPanel,
        IntegrationSuccessPanel,
        ThroughputPanel,
        PanelCount
    };

    explicit EnvironmentDetailView(QWidget *parent = nullptr);
    ~EnvironmentDetailView() override;

    /// The environment to show and its Prometheus (nullptr = not configured); re-queries.
    void setEnvironment(const Models::Environment &environment, Services::PrometheusClient *prometheus);
    QString environmentName() const { return m_environment.name; }

    /// The zone every chart's time axis is labelled in (and change-window bands read in):
    /// the environment's site zone, see siteTimeZone(). Invalid = the computer's.
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }
    /// The time zone of the first of `environment`'s sites that names a valid one in
    /// `estate`; invalid when none does.
    static QTimeZone siteTimeZone(const Models::Estate &estate, const Models::Environment &environment);

    void setRange(Range range);
    Range range() const { return m_range; }
    static std::chrono::seconds rangeLength(Range range);
    /// The query step for `range`: the 15 s scrape interval, or coarser so that one series
    /// of the range stays within one query of at most 11,000 points.
    static std::chrono::seconds stepFor(Range range);

    /// The estate's integrations: those running in the shown environment that have a health
    /// query are charted on the integration panel (scoped to the environment), next to
    /// the per-partner, per-carrier and per-provider success ratios.
    void setIntegrations(const QList<Models::Integration> &integrations);

    /// The change windows to shade; changes of other environments are ignored.
    void setChanges(const QList<Models::ChangeRequest> &changes);
    /// What "now" is (the end of the charts' range); empty = the computer's clock.
    void setClock(std::function<QDateTime()> clock);
    /// Re-queries every `interval` while shown; 0 = only on setRange()/refresh(). Default 30 s.
    void setRefreshInterval(std::chrono::milliseconds interval);

    /// Alerts and silences of this environment, and Alertmanager's client for the actions.
    void setAlerts(const QList<Services::AlertmanagerClient::Alert> &alerts,
                   const QList<Services::AlertmanagerClient::Silence> &silences, const Models::SourceState &state,
                   Services::AlertmanagerClient *client);
    /// The database as the probes saw it last, and their state.
    void setDatabase(const std::optional<Services::OdooProbes::Snapshot> &snapshot, const Models::SourceState &state);

    ChartPanel *panel(Panel panel) const { return m_panels.value(panel); }
    ChartPanelModel *panelModel(Panel panel) const { return m_models.value(panel); }
    /// The PromQL a panel runs for the current environment.
    QString panelQuery(Panel panel) const;
    AlertsList *alertsList() const { return m_alerts; }
    QLabel *databaseLabel() const { return m_database; }

public Q_SLOTS:
    /// Re-queries every chart for the current range.
    void refresh();

Q_SIGNALS:
    /// Every chart of one refresh has its answer (data or a failure).
    void chartsUpdated();
    /// The user chose another range.
    void rangeChanged(Gatehouse::Ui::EnvironmentDetailView::Range range);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateBands();
    QDateTime now() const;

    Models::Environment m_environment;
    Services::PrometheusClient *m_prometheus = nullptr;
    Range m_range = Range::SixHours;
    QList<Models::ChangeRequest> m_changes;
    std::function<QDateTime()> m_clock;
    QTimeZone m_zone;
    QList<Models::Integration> m_integrations;
    QTimer m_refreshTimer;
    quint64 m_generation = 0;
    int m_pending = 0;
    QList<ChartPanel *> m_panels;
    QList<ChartPanelModel *> m_models;
    QLabel *m_title = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_database = nullptr;
    QButtonGroup *m_rangeButtons = nullptr;
    AlertsList *m_alerts = nullptr;
};

} // namespace Gatehouse::Ui
