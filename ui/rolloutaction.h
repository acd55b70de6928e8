#pragma once

#include "models/kubeobjects.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Gatehouse::Ui {

/// The rollout actions a person can take on a Deployment from the Rollouts area.
enum class RolloutAction { SetImage, Pause, Resume, Restart, RollBack, Scale };

/// One action as the confirmation dialog filled it in, ready to send.
struct RolloutActionRequest
{
    RolloutAction action = RolloutAction::Pause;
    QString environment; ///< estate environment name
    QString deployment;
    QString container;   ///< SetImage
    QString image;       ///< SetImage
    int toRevision = 0;  ///< RollBack: 0 = the previous revision
    int replicas = 0;    ///< Scale
    int expectReplicas = -1; ///< Scale: refused unless the Deployment has this many now (-1: no check)
    QString reason;      ///< required; goes to the audit log
};

/// Wording and rules of the rollout actions, shared by the detail view and the dialog.
/// UI thread (uses tr()).
class RolloutActions
{
    Q_DECLARE_TR_FUNCTIONS(RolloutActions)
public:

/// "Set image", "Pause", … as a button says it.
static QString title(RolloutAction action);
/// The action's name in the audit log: "set-image", "pause", "resume", "restart", "undo", "scale".
static QString auditName(RolloutAction action);
/// Why `action` cannot be taken on `deployment` now, as kubectl would refuse it (rolling
/// back or restarting a paused deployment, pausing a paused one, …); empty when allowed.
/// `revisions`: how many revisions (ReplicaSets) the deployment has.
static QString refusal(RolloutAction action, const Models::KubeDeployment &deployment, int revisions);
/// Every action in toolbar order.
static QList<RolloutAction> all();

};

} // namespace Gatehouse::Ui
