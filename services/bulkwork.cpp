#include "services/bulkwork.h"

#include <QThread>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace Gatehouse::Services {

namespace {
// Lower than the UI thread's 0, not idle: decoding must still progress while other
// programs keep the machine busy.
constexpr int kBulkNice = 10;
} // namespace

QThreadPool *bulkWorkPool()
{
    static QThreadPool *const pool = [] {
        auto *created = new QThreadPool;
        created->setObjectName(QStringLiteral("gatehouse-bulk"));
        created->setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
        return created;
    }();
    return pool;
}

void lowerThreadPriorityForBulkWork()
{
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
#ifdef Q_OS_LINUX
    // On Linux a thread is scheduled on its own: PRIO_PROCESS with a thread id sets that
    // thread's nice value alone. A failure leaves the thread as it was.
    setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), kBulkNice);
#endif
}

} // namespace Gatehouse::Services
