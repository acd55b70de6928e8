#pragma once

#include "models/diagnostic.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

/// Output formats of `gatehouse validate`. Pure functions, callable from any thread.
namespace Gatehouse::Services {

/// One "file:line:column: error: message" line per diagnostic, each ending in '\n'
/// (the form compilers use, so editors and CI annotate the place). Empty for no diagnostics.
QString formatDiagnosticsText(const Models::Diagnostics &diagnostics);

/// A JSON document for tools:
/// {"valid": bool, "errors": n, "warnings": n, "files": [...],
///  "diagnostics": [{"file", "line", "column", "severity": "error"|"warning", "message"}]}.
/// `valid` is true when there is no error (warnings allowed).
QByteArray formatDiagnosticsJson(const Models::Diagnostics &diagnostics, const QStringList &files);

} // namespace Gatehouse::Services
