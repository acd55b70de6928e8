#pragma once

#include "models/changerequest.h"
#include "models/estate.h"
#include "models/gateresult.h"
#include "ui/environmentsoverviewmodel.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

namespace Gatehouse::Models {
class ConflictChecker;
}

namespace Gatehouse::Services {
class ContractChecker;
class ModuleDriftChecker;
}

namespace Gatehouse::Ui {

/// The results of the gates other areas own, for one change going to one environment:
/// "window" from the Calendar's conflict checker (with the other changes and the
/// recorded freeze overrides), "backup", "alerts" and "health" from the Environments
/// area's last poll, "contracts" checked now against the environment's Odoo database,
/// "drift" compared now with the environment before it on the promotion path. The
/// Changes area shows them next to the gates the control store answers; the release
/// executor re-evaluates them before it opens an environment. A source that has no
/// answer leaves its gate out (GateEvaluation then says Unknown, never Pass).
///
/// UI thread only; the database reads run in the checkers' workers.
class GateSources : public QObject
{
    Q_OBJECT
public:
    using CheckerProvider = std::function<std::shared_ptr<const Models::ConflictChecker>()>;

    explicit GateSources(QObject *parent = nullptr);

    void setEstate(Models::EstatePtr estate);
    /// The Calendar's checker; null (or a provider returning null) while it is built.
    void setConflictChecker(CheckerProvider provider) { m_checker = std::move(provider); }
    /// The Environments area's overview (backups, alerts and every aspect's level).
    void setHealth(const EnvironmentsOverviewModel *overview) { m_overview = overview; }
    /// Checkers for contracts and drift (not owned; null leaves the gate out).
    void setContractChecker(Services::ContractChecker *checker);
    void setDriftChecker(Services::ModuleDriftChecker *checker);

    /// The results of those of `gates` this object produces. Finishes on the UI thread's
    /// event loop once the slowest source answered.
    QFuture<QList<Models::GateResult>> collect(const Models::ChangeRequest &change, const Models::ChangeScope &scope,
                                               const QString &environment, const QStringList &gates);

    /// A health aspect as a gate: Ok (and Warning, for backups and alerts) pass, Critical
    /// fails, Unknown / not configured / unreachable give no verdict (Unknown).
    static Models::GateResult fromAspect(const QString &gate, const QString &environment,
                                         const EnvironmentsOverviewModel::Aspect &aspect, const QDateTime &now);
    /// The environment's health as a gate: its worst aspect decides (Critical fails; an
    /// aspect with no data yet, while others have some, is listed but does not fail).
    static Models::GateResult healthGate(const QString &environment,
                                         const QList<EnvironmentsOverviewModel::Aspect> &aspects,
                                         const QStringList &aspectNames, const QDateTime &now);
    /// Those of "backup", "alerts" and "health" in `gates`, from the overview's row of
    /// `environment` (fromAspect and healthGate); empty when the overview has no such row.
    /// What the Changes area shows and what `gatehouse gate` prints, after one poll.
    static QList<Models::GateResult> overviewGates(const EnvironmentsOverviewModel &overview,
                                                   const QString &environment, const QStringList &gates,
                                                   const QDateTime &now);

private:
    Models::EstatePtr m_estate;
    CheckerProvider m_checker;
    QPointer<const EnvironmentsOverviewModel> m_overview;
    QPointer<Services::ContractChecker> m_contracts;
    QPointer<Services::ModuleDriftChecker> m_drift;
};

} // namespace Gatehouse::Ui
