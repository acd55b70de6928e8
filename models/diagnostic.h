#pragma once

#include "sourcelocation.h"

#include <QList>
#include <QString>

namespace Gatehouse::Models {

/// One finding of the estate loader (or any other checker of outside input).
struct Diagnostic
{
    enum class Severity { Error, Warning };

    SourceLocation location;
    Severity severity = Severity::Error;
    /// What is wrong, naming the offending key and what was expected. Never contains a secret.
    QString message;

    /// "file:line:column: error: message" — the format compilers use, so editors can jump to it.
    QString toString() const
    {
        const QString kind = severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
        return location.toString() + QStringLiteral(": ") + kind + QStringLiteral(": ") + message;
    }
};

using Diagnostics = QList<Diagnostic>;

} // namespace Gatehouse::Models
