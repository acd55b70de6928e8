#pragma once

#include "models/changerequest.h"
#include "models/estate.h"
#include "models/sourcestate.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <functional>

class QLabel;
class QListView;
class QStackedWidget;

namespace Gatehouse::Services {
class SecretStore;
}

namespace Gatehouse::Ui {

class EmptyState;
class EnvironmentDetailView;
class EnvironmentsHealthPoller;
class EnvironmentsOverviewModel;
class Wallboard;

/// The Environments area: the health of every environment of the estate as cards
/// (application pods, PostgreSQL, Redis, ingress, queues, integrations, backups, firing
/// alerts — each in words with a glyph, and with its source's state), an environment's
/// detail with charts and alerts, and a full-screen wall board.
///
/// Sources are polled off the UI thread through the health clients' asynchronous APIs
/// (EnvironmentsHealthPoller); one source down marks only what it feeds. When Prometheus
/// or Alertmanager is not configured, or does not answer and is not installed here, the
/// area says what is missing instead of failing. UI thread only.
class EnvironmentsPage : public QWidget
{
    Q_OBJECT
public:
    explicit EnvironmentsPage(QWidget *parent = nullptr);
    ~EnvironmentsPage() override;

    /// The estate whose environments to show; endpoints come from each environment
    /// (prometheusUrl, alertmanagerUrl, odooDatabase). Starts polling.
    void setEstate(Models::EstatePtr estate);
    /// Changes whose windows are shaded on the charts and offered for silences.
    void setChanges(const QList<Models::ChangeRequest> &changes);
    /// Application pods of `environment` as the Kubernetes client sees them: `ready` of
    /// `desired` replicas over all its workloads; `state` is the Kubernetes source's state.
    void setWorkloadSummary(const QString &environment, int ready, int desired, const Models::SourceState &state);
    /// Keychain for database passwords and HTTP credentials; optional, not owned.
    void setSecretStore(Services::SecretStore *store);
    /// Poll interval of the overview (default 15 s; 0 = only on demand).
    void setPollInterval(std::chrono::milliseconds interval);
    /// "Now" for queries and charts; empty = the computer's clock. For tests and replays.
    void setClock(std::function<QDateTime()> clock);

    /// Shows `environment`'s detail; false when there is no such environment.
    bool openEnvironment(const QString &environment);
    void showOverview();
    /// Opens the wall board full screen (it closes itself on Esc).
    Wallboard *showWallboard();

    /// Success ratio 0..1 per integration, from the estate's health queries, as last polled.
    QHash<QString, double> integrationHealth() const;
    /// The sentence that explains what is missing; empty when nothing is.
    QString missingText() const;

    EnvironmentsOverviewModel *overviewModel() const { return m_model; }
    EnvironmentsHealthPoller *poller() const { return m_poller; }
    EnvironmentDetailView *detailView() const { return m_detail; }
    QListView *cardView() const { return m_cards; }

Q_SIGNALS:
    /// Integration health changed: success ratio 0..1 per integration name (for the
    /// dependency graph's node colouring).
    void integrationHealthChanged(const QHash<QString, double> &successRatio);
    /// The detail of `environment` is shown (empty: the overview).
    void environmentOpened(const QString &environment);

private:
    void updateMissing();
    void updateDetailAlerts();
    void updateDetailDatabase();

    Models::EstatePtr m_estate;
    QList<Models::ChangeRequest> m_changes;
    EnvironmentsOverviewModel *m_model;
    EnvironmentsHealthPoller *m_poller;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QLabel *m_missing;
    QListView *m_cards;
    EnvironmentDetailView *m_detail;
    QPointer<Wallboard> m_wallboard;
    std::function<QDateTime()> m_clock;
    /// Coalesces the per-environment state changes of one poll into one update.
    QTimer m_missingTimer;
};

} // namespace Gatehouse::Ui
