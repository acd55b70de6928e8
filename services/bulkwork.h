#pragma once

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

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

/// QtConcurrent::run(`function`) on bulkWorkPool().
template<typename Function>
auto runBulkWork(Function &&function)
{
    return QtConcurrent::run(bulkWorkPool(), [function = std::forward<Function>(function)]() mutable {
        lowerThreadPriorityForBulkWork();
        return function();
    });
}

} // namespace Gatehouse::Services
