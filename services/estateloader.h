#pragma once

#include "models/diagnostic.h"
#include "models/estate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace Gatehouse::Services {

/// What one load of an estate folder produced. `estate` is set only when
/// `diagnostics` holds no error: nothing half-loaded ever leaves the loader.
struct EstateLoadResult
{
    Models::EstatePtr estate;
    Models::Diagnostics diagnostics; ///< all findings of the folder, sorted by file, line, column
    QStringList files;               ///< every YAML file read, absolute paths
    bool hasErrors() const;
};

/// Reads an estate folder (every .yaml/.yml below it, recursively, several
/// documents per file) with yaml-cpp and validates it as a whole.
/// Synchronous and reentrant: call it on a worker thread (EstateWatcher does).
/// yaml-cpp exceptions never escape.
class EstateLoader
{
    Q_DECLARE_TR_FUNCTIONS(EstateLoader)

public:
    /// `folder` may be relative; diagnostics name files relative to it
    /// ("integrations/edi.yaml"), `files` and Estate::rootPath are absolute.
    static EstateLoadResult loadFolder(const QString &folder);

    /// Validates in-memory documents as if they were files (name → content).
    /// Used by the fuzzer and tests; `baseFolder` resolves relative .ics paths.
    static EstateLoadResult loadDocuments(const QList<QPair<QString, QByteArray>> &files,
                                          const QString &baseFolder = {});
};

} // namespace Gatehouse::Services
