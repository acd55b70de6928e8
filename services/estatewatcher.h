#pragma once

#include "models/diagnostic.h"
#include "models/estate.h"

#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace Gatehouse::Services {

struct EstateLoadResult;

/// Keeps an estate folder loaded: loads it on a worker thread (EstateLoader
/// never runs on the calling thread), watches its files and subfolders, and
/// reloads after changes settle (debounced). Lives on the UI thread; every
/// signal arrives there. At most one load runs at a time; a result that a newer
/// request has overtaken is dropped (generation counter), so signals always
/// describe the folder's latest state.
class EstateWatcher : public QObject
{
    Q_OBJECT

public:
    explicit EstateWatcher(QObject *parent = nullptr);
    /// Waits for a running load to finish (it cannot be interrupted; loads are short).
    ~EstateWatcher() override;

    /// Starts watching `folder` and loads it at once.
    void setFolder(const QString &folder);
    QString folder() const { return m_folder; }

    /// How long file changes must settle before a reload; default 300 ms.
    void setDebounceInterval(int milliseconds);
    int debounceInterval() const { return m_debounce.interval(); }

    bool isLoading() const { return m_loading; }
    /// Paths currently watched (the folder, its subfolders, the YAML and .ics files).
    QStringList watchedPaths() const;

public Q_SLOTS:
    /// Loads the folder again now (no debounce).
    void reload();

Q_SIGNALS:
    /// The folder loaded without errors: the new estate, and its warnings.
    void estateLoaded(Gatehouse::Models::EstatePtr estate, const Gatehouse::Models::Diagnostics &warnings);
    /// The folder has errors; nothing of it is usable. Keep showing the last good estate.
    void estateRejected(const Gatehouse::Models::Diagnostics &errors);
    /// A load started (true) or the last requested load finished (false).
    void loadingChanged(bool loading);

private:
    struct Outcome;
    void startLoad();
    void finishLoad();
    void setLoading(bool loading);
    void watch(const QStringList &paths);

    QString m_folder;
    QFileSystemWatcher m_fileWatcher;
    QTimer m_debounce;
    QFutureWatcher<void> m_future;
    std::shared_ptr<Outcome> m_outcome; ///< written by the worker, read after it finished
    quint64 m_generation = 0;           ///< bumped by every request
    quint64 m_runningGeneration = 0;    ///< the request the running load serves
    bool m_running = false;
    bool m_loading = false;
};

} // namespace Gatehouse::Services

Q_DECLARE_METATYPE(Gatehouse::Models::EstatePtr)
Q_DECLARE_METATYPE(Gatehouse::Models::Diagnostic)
