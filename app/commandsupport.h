#pragma once

#include "models/estate.h"
#include "services/controlstore.h"

#include <QCommandLineOption>
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>

#include <cstdio>
#include <optional>

class QCommandLineParser;

namespace Gatehouse::App {

// What every headless subcommand shares: printing, argument parsing, waiting for a
// service's future, and reaching the control store. Headless only (no event loop of
// its own: waiting spins a local one on the calling thread).

/// Writes `text` as UTF-8 to `stream`, with a final newline when it has none, and flushes.
void printTo(FILE *stream, const QString &text);

/// Parses a subcommand's `arguments` (argv with the subcommand name at index 1, which is
/// skipped). Prints --help or the parser's error itself. Returns the exit code when the
/// command is already done (0 after --help, 2 on a parse error), nothing to go on.
std::optional<int> parseSubcommand(QCommandLineParser &parser, const QStringList &arguments);

/// Waits in a local event loop until `future` finishes; returns it (finished or cancelled).
template<typename T>
QFuture<T> waitFor(const QFuture<T> &future)
{
    if (!future.isFinished()) {
        QFutureWatcher<T> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future;
}

/// The --database URL and --password-ref REF options of commands that read the control store.
struct StoreOptions
{
    QCommandLineOption database;
    QCommandLineOption passwordRef;
};

/// Adds the store options to `parser` and returns them.
StoreOptions addStoreOptions(QCommandLineParser &parser);

/// Opens `store` as the options say (no --database: the embedded store) and waits for it.
/// On failure prints the reason (never a password) and returns 3, the "service
/// unreachable" exit code; nothing when connected.
std::optional<int> connectStore(Services::ControlStore &store, const QCommandLineParser &parser,
                                const StoreOptions &options);

/// Loads the estate in `folder`. When it has errors, prints them with their locations
/// and says to fix them first; returns null (the caller exits 2).
Models::EstatePtr loadEstateOrExplain(const QString &folder);

/// The environment called `name` when it exists and names an Odoo database; otherwise
/// prints why not (with the environment file's location) and returns null (exit 2).
const Models::Environment *odooEnvironmentOrExplain(const Models::Estate &estate, const QString &name);

} // namespace Gatehouse::App
