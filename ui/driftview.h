#pragma once

#include "models/estate.h"
#include "models/moduledrift.h"

#include <QFuture>
#include <QSet>
#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace Gatehouse::Services {
class ModuleDriftChecker;
}

namespace Gatehouse::Ui {

/// Odoo module drift between a pair of environments: pick "from" and "to", compare (through
/// Services::ModuleDriftChecker, with progress and cancel), and see a table of modules that
/// are missing, extra or at different versions, each marked explained or not by the
/// change in view (setExplainedModules). When `checker` is null the view makes its own.
class DriftView : public QWidget
{
    Q_OBJECT
public:
    explicit DriftView(Services::ModuleDriftChecker *checker = nullptr, QWidget *parent = nullptr);
    ~DriftView() override;

    void setEstate(Models::EstatePtr estate);
    /// Selects the pair (names of the estate's environments).
    void setEnvironments(const QString &from, const QString &to);
    /// Convenience for the page-like API: compares `environment` with the next one on its promotion path.
    void setEnvironment(const QString &environment);
    /// Modules the change being promoted touches (Models::ModuleDrift::modulesOfScope).
    void setExplainedModules(const QSet<QString> &modules);

    /// Starts a comparison (cancelling one in progress).
    void compare();
    void cancel();
    bool isComparing() const { return m_comparing; }

    const Models::ModuleDrift &drift() const { return m_drift; }
    QStandardItemModel *model() const { return m_model; }

Q_SIGNALS:
    void driftReady(const Gatehouse::Models::ModuleDrift &drift);
    void comparingChanged(bool comparing);

private:
    void showDrift(const Models::ModuleDrift &drift);
    void setComparing(bool comparing);

    Services::ModuleDriftChecker *m_checker = nullptr;
    Models::EstatePtr m_estate;
    QSet<QString> m_explained;
    Models::ModuleDrift m_drift;
    QFuture<Models::ModuleDrift> m_future;
    quint64 m_generation = 0;
    bool m_comparing = false;

    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
};

} // namespace Gatehouse::Ui
