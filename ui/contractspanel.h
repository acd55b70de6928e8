#pragma once

#include "models/contractreport.h"
#include "models/estate.h"
#include "models/gateresult.h"

#include <QFuture>
#include <QHash>
#include <QString>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace Gatehouse::Services {
class ContractChecker;
}

namespace Gatehouse::Ui {

/// The Contracts panel of one environment: each integration's data contract as ok / broken /
/// unknown (icon and word), its findings with the contract line they concern, and a refresh
/// that runs the check through Services::ContractChecker with progress and cancel.
///
/// Set the estate and the environment, then call refresh() (or press the button / F5);
/// nothing is checked automatically. When `checker` is null the panel makes its own.
class ContractsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ContractsPanel(Services::ContractChecker *checker = nullptr, QWidget *parent = nullptr);
    ~ContractsPanel() override;

    void setEstate(Models::EstatePtr estate);
    void setEnvironment(const QString &environment);
    QString environment() const { return m_environment; }

    /// Starts a check (cancelling one in progress). No-op without estate or environment.
    void refresh();
    /// Cancels the check in progress; the last report stays on screen.
    void cancel();
    bool isChecking() const { return m_checking; }

    /// The last report shown (empty environment before the first check).
    const Models::ContractReport &report() const { return m_report; }
    QStandardItemModel *model() const { return m_model; }

Q_SIGNALS:
    /// A check finished: the report, and the per-integration gate results for the graph.
    void reportReady(const Gatehouse::Models::ContractReport &report);
    void contractStatusChanged(const QHash<QString, Gatehouse::Models::GateResult> &statusByIntegration);
    /// A check started (true) or ended, finished or cancelled (false).
    void checkingChanged(bool checking);

private:
    void showReport(const Models::ContractReport &report);
    void setChecking(bool checking);
    void updateHeader();

    Services::ContractChecker *m_checker = nullptr;
    Models::EstatePtr m_estate;
    QString m_environment;
    Models::ContractReport m_report;
    QFuture<Models::ContractReport> m_future;
    quint64 m_generation = 0;
    bool m_checking = false;

    QLabel *m_header = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QTreeView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
};

} // namespace Gatehouse::Ui
