#include "objectstore.h"

#include "simjson.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Gatehouse::Sim {

ObjectStore::ObjectStore(size_t historyLimit, std::chrono::milliseconds historyWindow)
    : m_historyLimit(historyLimit)
    , m_historyWindow(historyWindow)
{
}

const QJsonObject *ObjectStore::find(Resource resource, const QString &ns, const QString &name) const
{
    const auto &map = objects(resource);
    const auto it = map.find(keyOf(ns, name));
    return it == map.end() ? nullptr : &it->second;
}

void ObjectStore::forEach(Resource resource, const QString &ns, const std::function<void(const QJsonObject &)> &fn) const
{
    const auto &map = objects(resource);
    if (ns.isEmpty()) {
        for (const auto &entry : map)
            fn(entry.second);
        return;
    }
    const QString prefix = ns + u'/';
    for (auto it = map.lower_bound(prefix); it != map.end() && it->first.startsWith(prefix); ++it)
        fn(it->second);
}

void ObjectStore::forEachAfter(Resource resource, const QString &ns, const QString &after,
                               const std::function<bool(const QString &, const QJsonObject &)> &fn) const
{
    const auto &map = objects(resource);
    const QString prefix = ns.isEmpty() ? QString() : ns + u'/';
    auto it = after.isEmpty() ? map.lower_bound(prefix) : map.upper_bound(after);
    if (!prefix.isEmpty() && it != map.end() && it->first < prefix)
        it = map.lower_bound(prefix);
    for (; it != map.end() && it->first.startsWith(prefix); ++it) {
        if (!fn(it->first, it->second))
            return;
    }
}

std::vector<QJsonObject> ObjectStore::list(Resource resource, const QString &ns) const
{
    std::vector<QJsonObject> result;
    forEach(resource, ns, [&result](const QJsonObject &object) { result.push_back(object); });
    return result;
}

QJsonObject ObjectStore::create(Resource resource, QJsonObject object)
{
    QJsonObject metadata = object.value(u"metadata"_s).toObject();
    const ResourceInfo &info = resourceInfo(resource);
    object.insert(u"apiVersion"_s, info.apiVersion);
    object.insert(u"kind"_s, info.kind);
    if (metadata.value(u"uid"_s).toString().isEmpty())
        metadata.insert(u"uid"_s, newUid());
    if (metadata.value(u"creationTimestamp"_s).toString().isEmpty())
        metadata.insert(u"creationTimestamp"_s, nowRfc3339());
    metadata.insert(u"resourceVersion"_s, QString::number(++m_resourceVersion));
    object.insert(u"metadata"_s, metadata);
    const QString key = keyOf(metadata.value(u"namespace"_s).toString(), metadata.value(u"name"_s).toString());
    objects(resource)[key] = object;
    record(WatchEvent{m_resourceVersion, resource, u"ADDED"_s, object, QJsonObject()});
    return object;
}

QJsonObject ObjectStore::update(Resource resource, QJsonObject object)
{
    QJsonObject metadata = object.value(u"metadata"_s).toObject();
    const QString key = keyOf(metadata.value(u"namespace"_s).toString(), metadata.value(u"name"_s).toString());
    auto &map = objects(resource);
    const auto it = map.find(key);
    if (it == map.end())
        return create(resource, object);
    const QJsonObject previous = it->second;
    metadata.insert(u"resourceVersion"_s, previous.value(u"metadata"_s).toObject().value(u"resourceVersion"_s));
    object.insert(u"metadata"_s, metadata);
    if (object == previous)
        return previous;
    metadata.insert(u"resourceVersion"_s, QString::number(++m_resourceVersion));
    object.insert(u"metadata"_s, metadata);
    it->second = object;
    record(WatchEvent{m_resourceVersion, resource, u"MODIFIED"_s, object, previous});
    return object;
}

bool ObjectStore::remove(Resource resource, const QString &ns, const QString &name)
{
    auto &map = objects(resource);
    const auto it = map.find(keyOf(ns, name));
    if (it == map.end())
        return false;
    QJsonObject last = it->second;
    const QJsonObject previous = last;
    QJsonObject metadata = last.value(u"metadata"_s).toObject();
    metadata.insert(u"resourceVersion"_s, QString::number(++m_resourceVersion));
    last.insert(u"metadata"_s, metadata);
    map.erase(it);
    record(WatchEvent{m_resourceVersion, resource, u"DELETED"_s, last, previous});
    return true;
}

void ObjectStore::record(WatchEvent event)
{
    event.recorded = std::chrono::steady_clock::now();
    m_history.push_back(std::move(event));
    // The count cap only guards memory (a seed of thousands of pods in one go); the
    // window is what decides, as compaction does on a real API server.
    while (m_history.size() > m_historyLimit) {
        m_compacted = m_history.front().resourceVersion;
        m_history.pop_front();
    }
    expireHistory();
    m_changed.notify_all();
}

void ObjectStore::expireHistory()
{
    const auto oldest = std::chrono::steady_clock::now() - m_historyWindow;
    while (!m_history.empty() && m_history.front().recorded < oldest) {
        m_compacted = m_history.front().resourceVersion;
        m_history.pop_front();
    }
}

void ObjectStore::eventsAfter(qint64 after, std::vector<WatchEvent> &out, size_t maxEvents) const
{
    auto it = std::upper_bound(m_history.begin(), m_history.end(), after,
                               [](qint64 rv, const WatchEvent &event) { return rv < event.resourceVersion; });
    for (; it != m_history.end() && out.size() < maxEvents; ++it)
        out.push_back(*it);
}

void ObjectStore::compact()
{
    m_history.clear();
    m_compacted = m_resourceVersion;
    m_changed.notify_all();
}

void ObjectStore::clear()
{
    for (auto &map : m_objects)
        map.clear();
    m_history.clear();
    m_compacted = ++m_resourceVersion;
    ++m_epoch;
    m_changed.notify_all();
}

} // namespace Gatehouse::Sim
