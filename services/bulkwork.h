#pragma once

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <optional>
#include <type_traits>
#include <utility>

namespace Gatehouse::Services {

/// The pool for bulk work that must not take the CPU from the UI thread: decoding
/// Kubernetes lists and watch streams, which arrive in bursts of thousands of objects.
/// Its threads run at a lower scheduling priority than the rest of the process (nice 10
/// on Linux), so that on a busy machine the UI thread's turns come first and the
/// decoding uses what is left; on an idle machine they run as fast as any thread.
/// Thread-safe.
QThreadPool *bulkWorkPool();

/// Lowers the calling thread's scheduling priority to the bulk pool's, once per thread.
void lowerThreadPriorityForBulkWork();

/// Runs `work()` on bulkWorkPool() and calls `onResult(result)` with what it returned on
/// `guard`'s thread, from its event loop — unless `guard` was destroyed first, in which
/// case the result is dropped. Call it on `guard`'s thread, which must have an event loop.
///
/// The worker and `guard`'s thread share no lock but that thread's event queue, which the
/// worker holds only to append the result. A QFuture would add its own mutex, which the
/// worker holds while it reports and a watcher's thread takes to read: at the pool's low
/// priority, a worker preempted while holding it kept the UI thread waiting for as long
/// as the worker waited for a core.
///
/// What `work` captured is released on the worker before the result is posted; what
/// `onResult` captured is released on `guard`'s thread. Memory is best freed by the
/// thread that allocated it (freeing another thread's allocation takes that thread's
/// allocator lock), so a caller handing the worker a buffer it allocated keeps a copy in
/// `onResult`: the worker's reference is then never the last.
template<typename Work, typename OnResult>
void runBulkWork(QObject *guard, Work &&work, OnResult &&onResult)
{
    using Output = std::invoke_result_t<std::decay_t<Work> &>;
    // Receives the result on guard's thread. It belongs to no one but the delivery, so it
    // is alive whenever the worker posts to it, whatever became of guard meanwhile.
    auto *relay = new QObject;
    bulkWorkPool()->start([relay, guarded = QPointer<QObject>(guard),
                           work = std::optional<std::decay_t<Work>>(std::forward<Work>(work)),
                           onResult = std::forward<OnResult>(onResult)]() mutable {
        lowerThreadPriorityForBulkWork();
        Output output = (*work)();
        work.reset();
        QMetaObject::invokeMethod(
            relay,
            [relay, guarded = std::move(guarded), output = std::move(output),
             onResult = std::move(onResult)]() mutable {
                relay->deleteLater();
                if (guarded)
                    onResult(std::move(output));
            },
            Qt::QueuedConnection);
    });
}

} // namespace Gatehouse::Services
