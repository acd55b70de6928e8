#pragma once

#include "estateenums.h"
#include "sourcelocation.h"
#include "timerule.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Gatehouse::Models {

/// A recurring operating cycle at a warehouse: wave picking, carrier cutoff, receiving, …
struct OperatingCycle
{
    QString name;
    /// "wave-picking", "carrier-cutoff", "receiving", "shift", "inventory-count", "other".
    QString kind;
    /// How much a change during the cycle would hurt.
    Criticality impact = Criticality::High;
    /// Business processes the cycle runs (names as integrations use them).
    QStringList processes;
    TimeRule when;
};

/// A warehouse or distribution center.
struct Site
{
    QString name;
    QString displayName;
    QString timeZone; ///< IANA id, e.g. "America/Chicago"
    QString country;  ///< ISO 3166 alpha-2, optional
    /// Names of Calendar holiday sets that apply to this site.
    QStringList holidays;
    QList<OperatingCycle> cycles;
    SourceLocation location;
};

} // namespace Gatehouse::Models
