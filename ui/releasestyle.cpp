#include "ui/releasestyle.h"

#include <QApplication>
#include <QStyle>

namespace Gatehouse::Ui {

using Models::PhaseKind;
using Models::PhaseState;
using Models::ReleaseState;

namespace {

QIcon standard(QStyle::StandardPixmap pixmap)
{
    return QApplication::style()->standardIcon(pixmap);
}

} // namespace

QString ReleaseStyle::stateText(ReleaseState state)
{
    switch (state) {
    case ReleaseState::Planned:
        return tr("Planned");
    case ReleaseState::Running:
        return tr("Running");
    case ReleaseState::Paused:
        return tr("Paused");
    case ReleaseState::Completed:
        return tr("Completed");
    case ReleaseState::RolledBack:
        return tr("Rolled back");
    case ReleaseState::Failed:
        return tr("Failed");
    }
    return {};
}

QString ReleaseStyle::phaseText(PhaseState state)
{
    switch (state) {
    case PhaseState::Pending:
        return tr("Pending");
    case PhaseState::Rolling:
        return tr("Running");
    case PhaseState::Baking:
        return tr("Waiting for bake");
    case PhaseState::Completed:
        return tr("Done");
    case PhaseState::Paused:
        return tr("Paused");
    case PhaseState::RolledBack:
        return tr("Rolled back");
    case PhaseState::Failed:
        return tr("Failed");
    case PhaseState::RollingBack:
        return tr("Rolling back");
    }
    return {};
}

QString ReleaseStyle::kindText(PhaseKind kind)
{
    return kind == PhaseKind::Canary ? tr("Canary") : tr("Rest of the rollout");
}

QString ReleaseStyle::verdictText(const QString &verdict)
{
    if (verdict == QLatin1String("pass"))
        return tr("Pass");
    if (verdict == QLatin1String("breach"))
        return tr("Breach");
    if (verdict == QLatin1String("inconclusive"))
        return tr("Inconclusive");
    return tr("Waiting for data");
}

QIcon ReleaseStyle::stateIcon(ReleaseState state)
{
    switch (state) {
    case ReleaseState::Planned:
        return standard(QStyle::SP_FileIcon);
    case ReleaseState::Running:
        return standard(QStyle::SP_MediaPlay);
    case ReleaseState::Paused:
        return standard(QStyle::SP_MediaPause);
    case ReleaseState::Completed:
        return standard(QStyle::SP_DialogApplyButton);
    case ReleaseState::RolledBack:
        return standard(QStyle::SP_MediaSeekBackward);
    case ReleaseState::Failed:
        return standard(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

QIcon ReleaseStyle::phaseIcon(PhaseState state)
{
    switch (state) {
    case PhaseState::Pending:
        return standard(QStyle::SP_FileIcon);
    case PhaseState::Rolling:
        return standard(QStyle::SP_MediaPlay);
    case PhaseState::Baking:
        return standard(QStyle::SP_BrowserReload);
    case PhaseState::Completed:
        return standard(QStyle::SP_DialogApplyButton);
    case PhaseState::Paused:
        return standard(QStyle::SP_MediaPause);
    case PhaseState::RolledBack:
        return standard(QStyle::SP_MediaSeekBackward);
    case PhaseState::Failed:
        return standard(QStyle::SP_MessageBoxCritical);
    case PhaseState::RollingBack:
        return standard(QStyle::SP_ArrowBack);
    }
    return {};
}

QIcon ReleaseStyle::verdictIcon(const QString &verdict)
{
    if (verdict == QLatin1String("pass"))
        return standard(QStyle::SP_DialogApplyButton);
    if (verdict == QLatin1String("breach"))
        return standard(QStyle::SP_MessageBoxCritical);
    if (verdict == QLatin1String("inconclusive"))
        return standard(QStyle::SP_MessageBoxQuestion);
    return standard(QStyle::SP_BrowserReload);
}

} // namespace Gatehouse::Ui
