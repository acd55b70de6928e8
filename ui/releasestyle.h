#pragma once

#include "models/release.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace Gatehouse::Ui {

/// Words and icons for release and phase states and criterion verdicts, so the state is
/// never shown by colour alone. UI thread only (icons come from the application style).
class ReleaseStyle
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseStyle)
public:
    /// "Planned", "Running", "Paused", "Completed", "Rolled back", "Failed".
    static QString stateText(Models::ReleaseState state);
    /// "Pending", "Running", "Waiting for bake", "Done", "Paused", "Rolled back", "Failed",
    /// "Rolling back".
    static QString phaseText(Models::PhaseState state);
    /// "Canary", "Rest of the rollout".
    static QString kindText(Models::PhaseKind kind);
    /// "Pass", "Breach", "Inconclusive", "Waiting for data" for "pass", "breach", … .
    static QString verdictText(const QString &verdict);
    static QIcon stateIcon(Models::ReleaseState state);
    static QIcon phaseIcon(Models::PhaseState state);
    static QIcon verdictIcon(const QString &verdict);
};

} // namespace Gatehouse::Ui
