#pragma once

#include "models/kubeobjects.h"
#include "services/kubewatchdecoder.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QNetworkReply;

namespace Gatehouse::Models {
class KubeStore;
}

namespace Gatehouse::Services {

class KubeClient;

/// Keeps one resource kind of a KubeStore equal to the server, the way client-go's
/// reflector does: a paginated LIST (resourceVersion=0 first), then a WATCH from the
/// list's resourceVersion with bookmarks and a random timeoutSeconds; every event's
/// resourceVersion is remembered and a closed watch resumes from it; a 410 (Expired)
/// relists from the last resourceVersion, and without one if that is refused too;
/// 429, 5xx and network errors back off exponentially with jitter, at least as long
/// as Retry-After says. Old objects stay in the store until a new list replaces them.
///
/// Watch streams are decoded on the thread pool (one batch of received bytes at a time,
/// in order) into typed objects; the UI thread then applies them to the store in
/// time-sliced batches of at most ~ApplyBudgetMs of work per event-loop turn, with
/// repeated updates of one object that are still waiting coalesced into the newest.
/// The resourceVersion to resume from is the last one received, and events received
/// but not yet applied are kept across a re-watch (a relist drops them, since the new
/// list is newer). A list is handed to the store with KubeStore::replaceGradually(),
/// so a relist of 10,000 pods never holds the UI thread for one long turn; watch events
/// wait until the store has the whole list, and the reflector is not live meanwhile.
/// A list's next page is requested as soon as the previous answer's continue token is
/// read, while that answer decodes; pages are applied in order.
///
/// UI thread; list bodies and watch events are decoded on the thread pool.
class KubeReflector : public QObject
{
    Q_OBJECT
public:
    enum class Phase { Idle, Listing, Watching, BackingOff };
    enum class Problem { None, Unauthorized, Tls, Other };

    KubeReflector(Models::KubeKind kind, KubeClient *client, Models::KubeStore *store);
    ~KubeReflector() override;

    void start();
    void stop();

    Models::KubeKind kind() const { return m_kind; }
    Phase phase() const { return m_phase; }
    /// Listed at least once, the list fully applied to the store and the current watch open.
    bool isLive() const;
    bool hasListed() const { return m_listed; }
    Problem problem() const { return m_problem; }
    QString problemText() const { return m_problemText; }
    QDateTime nextRetry() const { return m_nextRetry; }
    QByteArray lastResourceVersion() const { return m_lastRv; }
    /// Counters (tests, benchmarks).
    int listCount() const { return m_lists; }
    int watchCount() const { return m_watches; }
    /// List requests sent (pages of every list).
    int listPageCount() const { return m_listPages; }
    /// Watch events received (bookmarks included).
    qint64 eventCount() const { return m_events; }
    /// Watch events received but not yet applied to the store.
    qsizetype pendingEvents() const;

    /// UI-thread work per event-loop turn when applying watch events.
    static constexpr int ApplyBudgetMs = 6;

    /// The continue token of a list answer, read from its metadata without decoding the
    /// items (a list's next page is asked for while this one decodes); empty when there
    /// is none or the answer is not laid out as the API server writes it (metadata
    /// before items, a plain token). Any thread.
    static QString peekContinueToken(const QByteArray &body);

Q_SIGNALS:
    /// phase(), problem() or isLive() changed.
    void stateChanged();

private:
    enum class ListFrom { Zero, Last, Unset };
    struct ListPage;
    static ListPage decodePage(Models::KubeKind kind, const QByteArray &body);
    struct Decoded;
    struct DecodeBatch;
    struct ApplyQueue;
    static DecodeBatch decodeWatchBytes(Models::KubeKind kind, KubeWatchDecoder &decoder, const QByteArray &bytes);

    void list(ListFrom from);
    void requestPage();
    void onListFinished();
    /// Applies the decoded pages of the current list in the order they were requested.
    void applyDecodedPages();
    void applyList(ListPage page);
    void watch();
    void onWatchData();
    void onWatchFinished();
    /// Starts decoding the received bytes unless a decode is running (then they wait for it).
    void pumpDecode();
    void onDecoded(DecodeBatch batch);
    /// The watch reply finished and all it carried was decoded: decide what comes next.
    void finishWatch();
    /// Forgets the current stream's decoder and undecoded bytes (results in flight are dropped).
    void resetStream();
    void applyQueued();
    void handleWatchError();
    /// Classifies a failed answer, then retries `retry` after a backoff.
    void failed(const QString &problemText, Problem problem, int retryAfterSeconds, bool relist);
    void retryLater(int retryAfterSeconds);
    void abortReply();
    void setPhase(Phase phase);

    Models::KubeKind m_kind;
    KubeClient *m_client;
    Models::KubeStore *m_store;
    QPointer<QNetworkReply> m_reply;
    std::shared_ptr<KubeWatchDecoder> m_decoder; ///< the current stream's; used by one pool task at a time
    QByteArray m_undecoded;                      ///< received, waiting for the running decode
    bool m_decoding = false;
    bool m_watchEnded = false; ///< the reply finished; finishWatch() once decoding caught up
    std::unique_ptr<ApplyQueue> m_queue;
    QTimer m_applyTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_watchTimer;
    Phase m_phase = Phase::Idle;
    Problem m_problem = Problem::None;
    QString m_problemText;
    QDateTime m_nextRetry;
    QByteArray m_lastRv;
    ListFrom m_listFrom = ListFrom::Zero;
    QString m_continue;
    struct Accumulated;
    std::unique_ptr<Accumulated> m_pages;
    quint64 m_listSerial = 0; ///< bumped by every list(), stop() and failure: drops list pages in flight
    bool m_listed = false;
    bool m_watchOpen = false;
    bool m_retryList = true; ///< the pending retry lists (else it watches)
    bool m_running = false;
    int m_attempt = 0;
    int m_watchEvents = 0;
    int m_watchErrorCode = 0; ///< set by an ERROR event until its stream has ended
    QString m_watchErrorMessage;
    quint64 m_generation = 0;
    int m_lists = 0;
    int m_watches = 0;
    int m_listPages = 0;
    qint64 m_events = 0;
};

} // namespace Gatehouse::Services
