#include "estatewatcher.h"

#include "estateloader.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace Gatehouse::Services {

using Models::Diagnostic;
using Models::Diagnostics;

struct EstateWatcher::Outcome
{
    EstateLoadResult result;
    QStringList watchPaths;
};

namespace {

// Everything whose change should trigger a reload. Runs on the worker thread
// because walking a large folder tree is I/O.
QStringList pathsToWatch(const QString &folder, const EstateLoadResult &result)
{
    QSet<QString> paths;
    const QString root = QDir(folder).absolutePath();
    paths.insert(root);
    QStringList pending{root};
    while (!pending.isEmpty()) {
        const QDir dir(pending.takeLast());
        const QFileInfoList subdirs = dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
        for (const QFileInfo &sub : subdirs) {
            if (sub.fileName().startsWith(QLatin1Char('.')))
                continue;
            paths.insert(sub.absoluteFilePath());
            pending.append(sub.absoluteFilePath());
        }
    }
    for (const QString &file : result.files)
        paths.insert(file);
    if (result.estate) {
        for (const Models::Calendar &calendar : result.estate->calendars) {
            for (const Models::HolidaySet &set : calendar.holidays)
                paths.insert(set.icsPath);
        }
    }
    QStringList list(paths.cbegin(), paths.cend());
    list.sort();
    return list;
}

} // namespace

EstateWatcher::EstateWatcher(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<Models::EstatePtr>();
    qRegisterMetaType<Models::Diagnostic>();
    qRegisterMetaType<Models::Diagnostics>();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &EstateWatcher::reload);
    // Editors save by rewriting in place (file signal) or by rename (folder signal); both count.
    connect(&m_fileWatcher, &QFileSystemWatcher::fileChanged, this, [this] { m_debounce.start(); });
    connect(&m_fileWatcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_debounce.start(); });
    connect(&m_future, &QFutureWatcher<void>::finished, this, &EstateWatcher::finishLoad);
}

EstateWatcher::~EstateWatcher()
{
    m_future.disconnect(this);
    m_future.waitForFinished();
}

void EstateWatcher::setFolder(const QString &folder)
{
    m_folder = folder;
    watch({});
    reload();
}

void EstateWatcher::setDebounceInterval(int milliseconds)
{
    m_debounce.setInterval(milliseconds);
}

QStringList EstateWatcher::watchedPaths() const
{
    return m_fileWatcher.files() + m_fileWatcher.directories();
}

void EstateWatcher::reload()
{
    m_debounce.stop();
    if (m_folder.isEmpty())
        return;
    ++m_generation;
    setLoading(true);
    if (!m_running)
        startLoad();
    // else: finishLoad() sees the newer generation and starts again.
}

void EstateWatcher::startLoad()
{
    m_running = true;
    m_runningGeneration = m_generation;
    auto outcome = std::make_shared<Outcome>();
    m_outcome = outcome;
    const QString folder = m_folder;
    m_future.setFuture(QtConcurrent::run([outcome, folder] {
        outcome->result = EstateLoader::loadFolder(folder);
        outcome->watchPaths = pathsToWatch(folder, outcome->result);
    }));
}

void EstateWatcher::finishLoad()
{
    m_running = false;
    const std::shared_ptr<Outcome> outcome = std::move(m_outcome);
    if (m_runningGeneration != m_generation) {
        startLoad(); // overtaken by a newer request: its result would be stale
        return;
    }
    if (outcome)
        watch(outcome->watchPaths);
    setLoading(false);
    if (!outcome)
        return;
    const EstateLoadResult &result = outcome->result;
    if (result.hasErrors()) {
        Q_EMIT estateRejected(result.diagnostics);
        return;
    }
    Diagnostics warnings;
    for (const Diagnostic &d : result.diagnostics) {
        if (d.severity == Diagnostic::Severity::Warning)
            warnings.append(d);
    }
    Q_EMIT estateLoaded(result.estate, warnings);
}

void EstateWatcher::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void EstateWatcher::watch(const QStringList &paths)
{
    const QStringList current = watchedPaths();
    const QSet<QString> wanted(paths.cbegin(), paths.cend());
    QStringList stale;
    for (const QString &path : current) {
        if (!wanted.contains(path))
            stale.append(path);
    }
    if (!stale.isEmpty())
        m_fileWatcher.removePaths(stale);
    const QSet<QString> have(current.cbegin(), current.cend());
    QStringList fresh;
    for (const QString &path : paths) {
        if (!have.contains(path) && QFileInfo::exists(path))
            fresh.append(path);
    }
    if (!fresh.isEmpty())
        m_fileWatcher.addPaths(fresh);
}

} // namespace Gatehouse::Services
