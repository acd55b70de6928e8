#include "kubereflector.h"

#include "models/kubestore.h"
#include "services/bulkwork.h"
#include "services/kubeclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <algorithm>
#include <map>
#include <utility>
#include <variant>

namespace Gatehouse::Services {

using Models::KubeKind;

// Requests and their outcomes, never headers or credentials: QT_LOGGING_RULES="gatehouse.kube.debug=true".
Q_LOGGING_CATEGORY(lcReflector, "gatehouse.kube", QtWarningMsg)

#define KUBE_LOG qCDebug(lcReflector).noquote() << Models::KubeObjects::resourceName(m_kind)

/// One decoded list page; built on a pool thread.
struct KubeReflector::ListPage
{
    QString error;
    QByteArray resourceVersion;
    QString continueToken;
    QList<Models::KubeDeployment> deployments;
    QList<Models::KubeReplicaSet> replicaSets;
    QList<Models::KubePod> pods;
    QList<Models::KubeEvent> events;
};

/// One watch event, decoded on a pool thread into the typed object it carries.
struct KubeReflector::Decoded
{
    KubeWatchEvent::Type type = KubeWatchEvent::Type::Added;
    QByteArray resourceVersion;
    QString name;
    int errorCode = 0; ///< Error: the Status code
    QString errorMessage;
    std::variant<std::monostate, Models::KubeDeployment, Models::KubeReplicaSet, Models::KubePod, Models::KubeEvent>
        object; ///< Added / Modified
};

struct KubeReflector::DecodeBatch
{
    QList<Decoded> events;
    QString error; ///< the stream could not be decoded past `events`
};

/// Watch events waiting to be applied, oldest first; at most one per object name (a
/// newer event for a waiting object takes the older one's place).
struct KubeReflector::ApplyQueue
{
    QList<Decoded> entries;
    qsizetype head = 0;
    QHash<QString, qsizetype> waiting; ///< name → index in entries

    qsizetype size() const { return entries.size() - head; }
    void clear()
    {
        entries.clear();
        head = 0;
        waiting.clear();
    }
    void push(Decoded &&event)
    {
        const auto it = waiting.constFind(event.name);
        if (it != waiting.constEnd()) {
            entries[*it] = std::move(event);
            return;
        }
        waiting.insert(event.name, entries.size());
        entries.append(std::move(event));
    }
    Decoded take()
    {
        Decoded event = std::move(entries[head]);
        entries[head] = Decoded();
        ++head;
        waiting.remove(event.name);
        if (head == entries.size()) {
            entries.clear();
            head = 0;
        } else if (head >= 4096 && head * 2 >= entries.size()) {
            // Under sustained load the queue may never run dry: drop the applied front now and then.
            entries.remove(0, head);
            for (auto w = waiting.begin(); w != waiting.end(); ++w)
                *w -= head;
            head = 0;
        }
        return event;
    }
};

/// The current list: what its applied pages held, and its pages in flight. Pages are
/// requested one after the other, the next as soon as the previous answer's continue
/// token is read, so that the server prepares a page while the last one decodes; they
/// are applied in the order they were requested.
struct KubeReflector::Accumulated
{
    QList<Models::KubeDeployment> deployments;
    QList<Models::KubeReplicaSet> replicaSets;
    QList<Models::KubePod> pods;
    QList<Models::KubeEvent> events;
    int requested = 0;                ///< pages requested so far
    int applied = 0;                  ///< pages applied so far
    QHash<int, QString> continueWith; ///< page number → the continue token it was requested with
    std::map<int, ListPage> decoded;  ///< decoded pages waiting for an earlier one
};

KubeReflector::ListPage KubeReflector::decodePage(KubeKind kind, const QByteArray &body)
{
    ListPage page;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        page.error = tr("The list answer is not valid JSON (%1).").arg(parseError.errorString());
        return page;
    }
    const QJsonObject root = doc.object();
    const QJsonObject metadata = root.value(QLatin1String("metadata")).toObject();
    page.resourceVersion = metadata.value(QLatin1String("resourceVersion")).toString().toLatin1();
    page.continueToken = metadata.value(QLatin1String("continue")).toString();
    const QJsonArray items = root.value(QLatin1String("items")).toArray();
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        switch (kind) {
        case KubeKind::Deployment:
            page.deployments.append(Models::KubeObjects::deploymentFromJson(o));
            break;
        case KubeKind::ReplicaSet:
            page.replicaSets.append(Models::KubeObjects::replicaSetFromJson(o));
            break;
        case KubeKind::Pod:
            page.pods.append(Models::KubeObjects::podFromJson(o));
            break;
        case KubeKind::Event:
            page.events.append(Models::KubeObjects::eventFromJson(o));
            break;
        }
    }
    return page;
}

KubeReflector::DecodeBatch KubeReflector::decodeWatchBytes(KubeKind kind, KubeWatchDecoder &decoder,
                                                           const QByteArray &bytes)
{
    using Type = KubeWatchEvent::Type;
    DecodeBatch batch;
    const QList<KubeWatchEvent> events = decoder.feed(bytes);
    batch.events.reserve(events.size());
    for (const KubeWatchEvent &event : events) {
        Decoded decoded;
        decoded.type = event.type;
        decoded.resourceVersion = event.resourceVersion();
        if (event.type == Type::Error) {
            decoded.errorCode = std::max(1, event.object.value(QLatin1String("code")).toInt());
            decoded.errorMessage = event.object.value(QLatin1String("message")).toString();
        } else if (event.type != Type::Bookmark) {
            decoded.name =
                event.object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
            if (event.type != Type::Deleted) {
                switch (kind) {
                case KubeKind::Deployment:
                    decoded.object = Models::KubeObjects::deploymentFromJson(event.object);
                    break;
                case KubeKind::ReplicaSet:
                    decoded.object = Models::KubeObjects::replicaSetFromJson(event.object);
                    break;
                case KubeKind::Pod:
                    decoded.object = Models::KubeObjects::podFromJson(event.object);
                    break;
                case KubeKind::Event:
                    decoded.object = Models::KubeObjects::eventFromJson(event.object);
                    break;
                }
            }
        }
        batch.events.append(std::move(decoded));
    }
    if (decoder.hasError())
        batch.error = decoder.error();
    return batch;
}

KubeReflector::KubeReflector(KubeKind kind, KubeClient *client, Models::KubeStore *store)
    : QObject(client), m_kind(kind), m_client(client), m_store(store),
      m_decoder(std::make_shared<KubeWatchDecoder>()), m_queue(std::make_unique<ApplyQueue>())
{
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(0);
    connect(&m_applyTimer, &QTimer::timeout, this, &KubeReflector::applyQueued);
    connect(m_store, &Models::KubeStore::replaced, this, [this](KubeKind replacedKind) {
        if (replacedKind != m_kind)
            return;
        // Events that arrived while the list was being applied are newer than it.
        if (m_queue->size() > 0 && !m_applyTimer.isActive())
            m_applyTimer.start();
        Q_EMIT stateChanged();
    });
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (!m_running)
            return;
        if (m_retryList)
            list(m_listFrom);
        else
            watch();
    });
}

KubeReflector::~KubeReflector()
{
    stop();
}

bool KubeReflector::isLive() const
{
    return m_phase == Phase::Watching && m_watchOpen && !m_store->isReplacing(m_kind);
}

QString KubeReflector::peekContinueToken(const QByteArray &body)
{
    // {"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"…","continue":"…"},"items":[…
    // Only the metadata object before the items is read; a token is base64 (no escapes).
    const qsizetype items = body.indexOf("\"items\"");
    const qsizetype metadata = body.indexOf("\"metadata\"");
    if (metadata < 0 || (items >= 0 && items < metadata))
        return {};
    const qsizetype end = body.indexOf('}', metadata);
    if (end < 0 || (items >= 0 && end > items))
        return {};
    const QByteArray key = "\"continue\"";
    qsizetype at = body.indexOf(key, metadata);
    if (at < 0 || at > end)
        return {};
    at += key.size();
    while (at < end && (body.at(at) == ' ' || body.at(at) == ':'))
        ++at;
    if (at >= end || body.at(at) != '"')
        return {};
    const qsizetype close = body.indexOf('"', at + 1);
    if (close < 0 || close > end)
        return {};
    const QByteArray token = body.mid(at + 1, close - at - 1);
    for (const char c : token) {
        if (c == '\\' || static_cast<unsigned char>(c) < 0x20)
            return {}; // not a plain token: leave it to the full decode
    }
    return QString::fromLatin1(token);
}

void KubeReflector::start()
{
    if (m_running)
        return;
    m_running = true;
    m_attempt = 0;
    // A restart after stop() resumes from what is known; a first start lists from the cache.
    list(m_lastRv.isEmpty() ? ListFrom::Zero : ListFrom::Last);
}

void KubeReflector::stop()
{
    m_running = false;
    ++m_generation;
    ++m_listSerial;
    m_retryTimer.stop();
    abortReply();
    m_watchErrorCode = 0;
    m_watchOpen = false;
    setPhase(Phase::Idle);
}

qsizetype KubeReflector::pendingEvents() const
{
    return m_queue->size();
}

void KubeReflector::resetStream()
{
    m_decoder = std::make_shared<KubeWatchDecoder>();
    m_undecoded.clear();
    m_decoding = false;
    m_watchEnded = false;
}

void KubeReflector::abortReply()
{
    resetStream();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void KubeReflector::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    Q_EMIT stateChanged();
}

void KubeReflector::list(ListFrom from)
{
    abortReply();
    m_watchErrorCode = 0;
    m_listFrom = from;
    m_continue.clear();
    m_pages = std::make_unique<Accumulated>();
    ++m_listSerial;
    m_watchOpen = false;
    ++m_lists;
    KUBE_LOG << "list from" << int(from) << "rv" << m_lastRv;
    setPhase(Phase::Listing);
    requestPage();
}

void KubeReflector::requestPage()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_client->settings().listPageSize));
    if (!m_continue.isEmpty()) {
        query.addQueryItem(QStringLiteral("continue"), m_continue);
    } else if (m_listFrom == ListFrom::Zero) {
        query.addQueryItem(QStringLiteral("resourceVersion"), QStringLiteral("0"));
    } else if (m_listFrom == ListFrom::Last && !m_lastRv.isEmpty()) {
        query.addQueryItem(QStringLiteral("resourceVersion"), QString::fromLatin1(m_lastRv));
    }
    ++m_listPages;
    KUBE_LOG << "list page" << m_pages->requested << "requested";
    m_pages->continueWith.insert(m_pages->requested++, m_continue);
    m_reply = m_client->send("GET", m_client->collectionPath(m_kind), query, {}, {}, false);
    if (!m_reply) {
        m_retryList = true;
        retryLater(-1);
        return;
    }
    connect(m_reply, &QNetworkReply::finished, this, &KubeReflector::onListFinished);
}

void KubeReflector::onListFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || sender() != reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    const KubeResponse response = KubeClient::responseOf(reply, body);
    if (!response.ok()) {
        KUBE_LOG << "list failed: HTTP" << response.httpStatus << response.errorMessage();
        if (response.httpStatus == 410) {
            // Our resourceVersion or continue token is too old: the next list starts afresh.
            list(ListFrom::Unset);
            return;
        }
        if (response.tlsError) {
            failed(response.errorMessage(), Problem::Tls, -1, true);
        } else if (response.httpStatus == 401 || response.httpStatus == 403) {
            m_client->credentialRejected();
            failed(response.errorMessage(), Problem::Unauthorized, -1, true);
        } else {
            failed(response.errorMessage(), Problem::Other, response.retryAfterSeconds, true);
        }
        return;
    }
    KUBE_LOG << "list answered:" << body.size() << "bytes";
    const quint64 serial = m_listSerial;
    const int number = m_pages->requested - 1;
    const KubeKind kind = m_kind;
    // The answer was read on this thread; it is freed here too (see runBulkWork).
    runBulkWork(
        this, [kind, body] { return decodePage(kind, body); },
        [this, serial, number, body](ListPage page) {
            if (serial != m_listSerial || !m_running || !m_pages)
                return;
            m_pages->decoded.emplace(number, std::move(page));
            applyDecodedPages();
        });
    // The next page is asked for while this one decodes.
    const QString next = peekContinueToken(body);
    if (!next.isEmpty()) {
        m_continue = next;
        requestPage();
    }
}

void KubeReflector::applyDecodedPages()
{
    const quint64 serial = m_listSerial;
    while (serial == m_listSerial && m_pages) {
        auto it = m_pages->decoded.find(m_pages->applied);
        if (it == m_pages->decoded.end())
            return;
        ListPage page = std::move(it->second);
        m_pages->decoded.erase(it);
        ++m_pages->applied;
        applyList(std::move(page));
    }
}

void KubeReflector::applyList(ListPage page)
{
    if (!page.error.isEmpty()) {
        ++m_listSerial; // pages after this one are dropped; the list starts again
        abortReply();
        failed(page.error, Problem::Other, -1, true);
        return;
    }
    m_pages->deployments.append(std::move(page.deployments));
    m_pages->replicaSets.append(std::move(page.replicaSets));
    m_pages->pods.append(std::move(page.pods));
    m_pages->events.append(std::move(page.events));
    if (m_pages->requested > m_pages->applied) {
        // The next page was asked for with the token read ahead: it must be this page's.
        if (m_pages->continueWith.value(m_pages->applied) == page.continueToken)
            return;
        KUBE_LOG << "list page's continue token differs from the one read ahead: listing again";
        list(ListFrom::Unset);
        return;
    }
    if (!page.continueToken.isEmpty()) {
        m_continue = page.continueToken;
        requestPage();
        return;
    }
    // Watch events still waiting are older than this list.
    m_queue->clear();
    m_applyTimer.stop();
    switch (m_kind) {
    case KubeKind::Deployment:
        m_store->replaceGradually(std::move(m_pages->deployments));
        break;
    case KubeKind::ReplicaSet:
        m_store->replaceGradually(std::move(m_pages->replicaSets));
        break;
    case KubeKind::Pod:
        m_store->replaceGradually(std::move(m_pages->pods));
        break;
    case KubeKind::Event:
        m_store->replaceGradually(std::move(m_pages->events));
        break;
    }
    m_pages.reset();
    KUBE_LOG << "listed at rv" << page.resourceVersion << "objects" << m_store->count(m_kind);
    m_lastRv = page.resourceVersion;
    m_listed = true;
    m_problem = Problem::None;
    m_problemText.clear();
    watch();
}

void KubeReflector::watch()
{
    abortReply();
    m_watchErrorCode = 0;
    m_watchOpen = false;
    m_watchEvents = 0;
    const KubeClientSettings &s = m_client->settings();
    const int timeout = s.minWatchTimeoutSeconds
        + int(QRandomGenerator::global()->bounded(std::max(1, s.maxWatchTimeoutSeconds - s.minWatchTimeoutSeconds)));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("allowWatchBookmarks"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("resourceVersion"), QString::fromLatin1(m_lastRv));
    query.addQueryItem(QStringLiteral("timeoutSeconds"), QString::number(timeout));
    query.addQueryItem(QStringLiteral("watch"), QStringLiteral("true"));
    ++m_watches;
    KUBE_LOG << "watch from rv" << m_lastRv;
    setPhase(Phase::Watching);
    m_reply = m_client->send("GET", m_client->collectionPath(m_kind), query, {}, {}, true);
    if (!m_reply) {
        m_retryList = false;
        retryLater(-1);
        return;
    }
    m_watchTimer.start();
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (!m_reply || sender() != m_reply)
            return;
        if (m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200 && !m_watchOpen) {
            m_watchOpen = true;
            m_attempt = 0;
            m_problem = Problem::None;
            m_problemText.clear();
            m_nextRetry = {};
            Q_EMIT stateChanged();
        }
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &KubeReflector::onWatchData);
    connect(m_reply, &QNetworkReply::finished, this, &KubeReflector::onWatchFinished);
}

void KubeReflector::onWatchData()
{
    if (!m_reply || sender() != m_reply)
        return;
    if (m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        return; // an error Status; read when finished
    if (m_watchErrorCode != 0) {
        m_reply->readAll(); // nothing after an ERROR event counts
        return;
    }
    m_undecoded.append(m_reply->readAll());
    pumpDecode();
}

void KubeReflector::pumpDecode()
{
    if (m_decoding || m_undecoded.isEmpty())
        return;
    m_decoding = true;
    // One decode per stream at a time keeps the decoder single-threaded and the events in
    // order; bytes arriving meanwhile are decoded together next. The bytes were read on this
    // thread and are freed here too (see runBulkWork).
    auto decoder = m_decoder;
    const QByteArray bytes = std::exchange(m_undecoded, {});
    runBulkWork(
        this, [kind = m_kind, decoder, bytes] { return decodeWatchBytes(kind, *decoder, bytes); },
        [this, decoder, bytes](DecodeBatch batch) {
            if (decoder != m_decoder)
                return; // a stream since abandoned
            m_decoding = false;
            onDecoded(std::move(batch));
            if (decoder != m_decoder)
                return; // onDecoded ended the stream
            pumpDecode();
            if (!m_decoding && m_watchEnded)
                finishWatch();
        });
}

void KubeReflector::onDecoded(DecodeBatch batch)
{
    using Type = KubeWatchEvent::Type;
    for (Decoded &event : batch.events) {
        if (m_watchErrorCode != 0)
            return; // nothing after an ERROR event counts
        ++m_events;
        ++m_watchEvents;
        if (event.type == Type::Error) {
            // The server ends the stream after an ERROR event; the answer is acted on when
            // it has (aborting instead would throw away a reusable connection). A server
            // that keeps the stream open is cut off after a second.
            m_watchErrorCode = event.errorCode;
            m_watchErrorMessage = event.errorMessage;
            m_watchOpen = false;
            m_undecoded.clear();
            KUBE_LOG << "watch error event" << m_watchErrorCode << m_watchErrorMessage;
            QTimer::singleShot(1000, this, [this, reply = m_reply] {
                if (reply && m_reply == reply && m_watchErrorCode != 0) {
                    abortReply();
                    handleWatchError();
                }
            });
            return;
        }
        // Resuming from the last received version is right even before the event is
        // applied: waiting events are kept across a re-watch.
        if (!event.resourceVersion.isEmpty())
            m_lastRv = event.resourceVersion;
        if (event.type == Type::Bookmark || event.name.isEmpty())
            continue;
        m_queue->push(std::move(event));
    }
    if (m_queue->size() > 0 && !m_applyTimer.isActive())
        m_applyTimer.start();
    if (!batch.error.isEmpty()) {
        KUBE_LOG << "watch stream undecodable:" << batch.error;
        abortReply();
        m_watchOpen = false;
        failed(batch.error, Problem::Other, -1, false);
    }
}

void KubeReflector::applyQueued()
{
    using Type = KubeWatchEvent::Type;
    // Not before the store holds the whole list: these events are newer than it.
    if (m_store->isReplacing(m_kind))
        return;
    QElapsedTimer budget;
    budget.start();
    constexpr qint64 budgetNs = qint64(ApplyBudgetMs) * 1000 * 1000;
    m_store->beginBatch();
    int applied = 0;
    while (m_queue->size() > 0) {
        Decoded event = m_queue->take();
        if (event.type == Type::Deleted) {
            m_store->remove(m_kind, event.name);
        } else if (auto *d = std::get_if<Models::KubeDeployment>(&event.object)) {
            m_store->upsert(*d);
        } else if (auto *rs = std::get_if<Models::KubeReplicaSet>(&event.object)) {
            m_store->upsert(*rs);
        } else if (auto *pod = std::get_if<Models::KubePod>(&event.object)) {
            m_store->upsert(*pod);
        } else if (auto *e = std::get_if<Models::KubeEvent>(&event.object)) {
            m_store->upsert(*e);
        }
        if ((++applied & 15) == 0 && budget.nsecsElapsed() >= budgetNs)
            break;
    }
    m_store->endBatch();
    // The rest waits for the next turn, so input and painting get their share.
    if (m_queue->size() > 0)
        m_applyTimer.start();
}

void KubeReflector::onWatchFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || sender() != reply)
        return;
    // Bytes still buffered in the reply belong to this watch.
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200 && m_watchErrorCode == 0
        && reply->bytesAvailable() > 0)
        m_undecoded.append(reply->readAll());
    m_watchEnded = true;
    pumpDecode();
    if (!m_decoding)
        finishWatch();
}

void KubeReflector::finishWatch()
{
    QNetworkReply *reply = m_reply;
    m_watchEnded = false;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_watchErrorCode != 0) {
        handleWatchError();
        return;
    }
    const bool wasOpen = m_watchOpen;
    m_watchOpen = false;
    const QByteArray body = reply->readAll();
    const KubeResponse response = KubeClient::responseOf(reply, body);
    KUBE_LOG << "watch ended: HTTP" << response.httpStatus << response.networkError << "events" << m_watchEvents
             << "ms" << m_watchTimer.elapsed();
    if (response.httpStatus == 410) {
        list(ListFrom::Last);
        return;
    }
    if (response.httpStatus != 200) {
        if (response.tlsError)
            failed(response.errorMessage(), Problem::Tls, -1, false);
        else if (response.httpStatus == 401 || response.httpStatus == 403) {
            m_client->credentialRejected();
            failed(response.errorMessage(), Problem::Unauthorized, -1, false);
        } else
            failed(response.errorMessage(), Problem::Other, response.retryAfterSeconds, false);
        return;
    }
    // The stream ended (timeoutSeconds, or the server dropped it). A watch that lasted
    // and was open resumes at once from the last resourceVersion; a very short one
    // without events backs off so a misbehaving server is not hammered.
    if (wasOpen && (m_watchEvents > 0 || m_watchTimer.elapsed() >= 1000)) {
        Q_EMIT stateChanged();
        watch();
        return;
    }
    failed(response.networkError.isEmpty() ? tr("The watch closed at once.") : response.networkError, Problem::Other,
           -1, false);
}

void KubeReflector::handleWatchError()
{
    const int code = m_watchErrorCode;
    const QString message = m_watchErrorMessage;
    m_watchErrorCode = 0;
    m_watchErrorMessage.clear();
    if (code == 410) {
        // Expired: relist from the last resourceVersion we saw, as the reflector does.
        list(ListFrom::Last);
        return;
    }
    failed(message.isEmpty() ? tr("The watch ended with an error.") : message, Problem::Other, -1, false);
}

void KubeReflector::failed(const QString &problemText, Problem problem, int retryAfterSeconds, bool relist)
{
    m_problem = problem;
    m_problemText = problemText;
    m_retryList = relist || !m_listed;
    retryLater(retryAfterSeconds);
}

void KubeReflector::retryLater(int retryAfterSeconds)
{
    const KubeClientSettings &s = m_client->settings();
    const qint64 base = std::min<qint64>(s.maxBackoffMs, qint64(s.initialBackoffMs) << std::min(m_attempt, 20));
    qint64 delay = base / 2 + qint64(QRandomGenerator::global()->bounded(double(base) / 2.0 + 1.0));
    if (retryAfterSeconds >= 0) {
        delay = std::max<qint64>(delay, qint64(retryAfterSeconds) * 1000
                                            + qint64(QRandomGenerator::global()->bounded(s.initialBackoffMs / 2 + 1)));
    }
    ++m_attempt;
    KUBE_LOG << "retry" << (m_retryList ? "list" : "watch") << "in" << delay << "ms:" << m_problemText;
    m_nextRetry = QDateTime::currentDateTimeUtc().addMSecs(delay);
    m_phase = Phase::BackingOff;
    m_retryTimer.start(int(delay));
    Q_EMIT stateChanged();
}

} // namespace Gatehouse::Services
