#include "rolloutaction.h"

namespace Gatehouse::Ui {

QString RolloutActions::title(RolloutAction action)
{
    switch (action) {
    case RolloutAction::SetImage:
        return tr("Set image…");
    case RolloutAction::Pause:
        return tr("Pause");
    case RolloutAction::Resume:
        return tr("Resume");
    case RolloutAction::Restart:
        return tr("Restart");
    case RolloutAction::RollBack:
        return tr("Roll back…");
    case RolloutAction::Scale:
        return tr("Scale…");
    }
    return {};
}

QString RolloutActions::auditName(RolloutAction action)
{
    switch (action) {
    case RolloutAction::SetImage:
        return QStringLiteral("set-image");
    case RolloutAction::Pause:
        return QStringLiteral("pause");
    case RolloutAction::Resume:
        return QStringLiteral("resume");
    case RolloutAction::Restart:
        return QStringLiteral("restart");
    case RolloutAction::RollBack:
        return QStringLiteral("undo");
    case RolloutAction::Scale:
        return QStringLiteral("scale");
    }
    return {};
}

QString RolloutActions::refusal(RolloutAction action, const Models::KubeDeployment &deployment, int revisions)
{
    // The same client-side checks kubectl makes, so that a button never promises what the
    // action would then refuse.
    switch (action) {
    case RolloutAction::SetImage:
        if (deployment.containers.isEmpty())
            return tr("The deployment has no containers.");
        return {};
    case RolloutAction::Pause:
        if (deployment.paused)
            return tr("The deployment is already paused.");
        return {};
    case RolloutAction::Resume:
        if (!deployment.paused)
            return tr("The deployment is not paused.");
        return {};
    case RolloutAction::Restart:
        if (deployment.paused)
            return tr("A paused deployment cannot be restarted; resume it first.");
        return {};
    case RolloutAction::RollBack:
        if (deployment.paused)
            return tr("A paused deployment cannot be rolled back; resume it first.");
        if (revisions < 2)
            return tr("There is no earlier revision to roll back to.");
        return {};
    case RolloutAction::Scale:
        return {};
    }
    return {};
}

QList<RolloutAction> RolloutActions::all()
{
    return {RolloutAction::SetImage, RolloutAction::Pause,    RolloutAction::Resume,
            RolloutAction::Restart,  RolloutAction::RollBack, RolloutAction::Scale};
}

} // namespace Gatehouse::Ui
