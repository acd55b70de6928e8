#pragma once

#include <QString>

namespace Gatehouse::Models {

/// A place in a file: 1-based line and column, as editors and compilers count.
/// Line 0 means "the file as a whole".
struct SourceLocation
{
    QString file;
    int line = 0;
    int column = 0;

    bool isValid() const { return !file.isEmpty(); }

    /// "file:line:column" (or "file" when no line is known).
    QString toString() const
    {
        if (line <= 0)
            return file;
        return file + QLatin1Char(':') + QString::number(line) + QLatin1Char(':')
            + QString::number(column > 0 ? column : 1);
    }

    friend bool operator==(const SourceLocation &, const SourceLocation &) = default;
};

} // namespace Gatehouse::Models
