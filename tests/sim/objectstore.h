#pragma once

// ObjectStore: the simulator's single source of truth. Holds every object by
// resource type and "namespace/name", stamps a global resourceVersion on each
// write, and keeps a history of change events that watches replay from a
// resourceVersion. Like an API server's compaction, the history is a time window
// (events older than it are dropped, default 300 s of wall-clock time); a count cap
// guards memory. A watch from a resourceVersion older than what is kept is "expired", 410.
//
// Threading: one mutex guards everything. Every method below except mutex() and
// changed() must be called with mutex() held; writers notify changed() so that
// watch streams (on httplib's worker threads) wake up. A future /metrics endpoint
// reads counts here under the same lock.

#include "resourcetypes.h"

#include <QJsonObject>
#include <QString>

#include <array>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <vector>

namespace Gatehouse::Sim {

struct WatchEvent
{
    qint64 resourceVersion = 0;
    Resource resource = Resource::Pods;
    QString type;          // ADDED, MODIFIED, DELETED
    QJsonObject object;    // new state; for DELETED the last state with the deletion's RV
    QJsonObject previous;  // state before the change; empty for ADDED
    std::chrono::steady_clock::time_point recorded{};  // when it happened, for the history window
};

class ObjectStore
{
public:
    explicit ObjectStore(size_t historyLimit = 250000,
                         std::chrono::milliseconds historyWindow = std::chrono::seconds(300));

    std::mutex &mutex() { return m_mutex; }
    std::condition_variable &changed() { return m_changed; }

    qint64 resourceVersion() const { return m_resourceVersion; }
    // RVs at or below this are no longer replayable (watch from them gets 410).
    qint64 compactedResourceVersion() const { return m_compacted; }
    // Increases when the whole state is reset; open watches end on a change.
    quint64 epoch() const { return m_epoch; }

    const QJsonObject *find(Resource resource, const QString &ns, const QString &name) const;
    std::vector<QJsonObject> list(Resource resource, const QString &ns) const;
    void forEach(Resource resource, const QString &ns, const std::function<void(const QJsonObject &)> &fn) const;
    // As forEach, in key order, starting after the key `after` ("namespace/name"; empty:
    // from the start), until `fn` returns false. `fn` gets the object's key too.
    void forEachAfter(Resource resource, const QString &ns, const QString &after,
                      const std::function<bool(const QString &key, const QJsonObject &)> &fn) const;
    size_t count(Resource resource) const { return m_objects.at(static_cast<size_t>(resourceIndex(resource))).size(); }

    // Stores a new object: fills uid, creationTimestamp (unless set), resourceVersion.
    QJsonObject create(Resource resource, QJsonObject object);
    // Stores a changed object. A write that changes nothing keeps the RV and emits nothing.
    QJsonObject update(Resource resource, QJsonObject object);
    bool remove(Resource resource, const QString &ns, const QString &name);

    // Events with RV > after, in order. Requires after >= compactedResourceVersion().
    void eventsAfter(qint64 after, std::vector<WatchEvent> &out, size_t maxEvents) const;
    // How long change events stay replayable (wall-clock time, whatever the clock scale).
    void setHistoryWindow(std::chrono::milliseconds window) { m_historyWindow = window; }
    std::chrono::milliseconds historyWindow() const { return m_historyWindow; }
    // Drops the events that have left the window (writes do this too); call before
    // deciding whether a resourceVersion has expired.
    void expireHistory();
    // Forgets all history: every older RV becomes expired.
    void compact();
    // Drops every object and the history (the RV counter keeps rising).
    void clear();

private:
    static QString keyOf(const QString &ns, const QString &name) { return ns + u'/' + name; }
    std::map<QString, QJsonObject> &objects(Resource resource)
    {
        return m_objects.at(static_cast<size_t>(resourceIndex(resource)));
    }
    const std::map<QString, QJsonObject> &objects(Resource resource) const
    {
        return m_objects.at(static_cast<size_t>(resourceIndex(resource)));
    }
    void record(WatchEvent event);

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::array<std::map<QString, QJsonObject>, 5> m_objects;
    std::deque<WatchEvent> m_history;
    size_t m_historyLimit;
    std::chrono::milliseconds m_historyWindow;
    qint64 m_resourceVersion = 1000;
    qint64 m_compacted = 1000;
    quint64 m_epoch = 0;
};

} // namespace Gatehouse::Sim
