#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace Gatehouse::Services {

/// Calls `onResult(result)` on `guard`'s thread when `future` finishes, or
/// `onCanceled()` when it finishes without a result (cancelled, or its promise
/// was dropped) — unless `guard` was destroyed first, in which case nothing is
/// called. Use it instead of QFuture::then(context, …): in Qt 6.4 that asserts
/// when the context dies before the future finishes (a window closed or a
/// client destroyed while a request is in flight).
///
/// Call it on `guard`'s thread. The callbacks run on that thread, from its
/// event loop, never synchronously inside this call.
template<typename T, typename OnResult, typename OnCanceled>
void whenFinished(const QFuture<T> &future, QObject *guard, OnResult &&onResult, OnCanceled &&onCanceled)
{
    // The watcher is a child of the guard, so it dies with it and never calls back late.
    auto *watcher = new QFutureWatcher<T>(guard);
    QObject::connect(watcher, &QFutureWatcherBase::finished, guard,
                     [watcher, onResult = std::forward<OnResult>(onResult),
                      onCanceled = std::forward<OnCanceled>(onCanceled)]() mutable {
                         watcher->deleteLater();
                         if (watcher->future().resultCount() > 0)
                             onResult(watcher->future().result());
                         else
                             onCanceled();
                     });
    watcher->setFuture(future);
}

/// As above, with nothing to do on cancellation.
template<typename T, typename OnResult>
void whenFinished(const QFuture<T> &future, QObject *guard, OnResult &&onResult)
{
    whenFinished(future, guard, std::forward<OnResult>(onResult), [] {});
}

} // namespace Gatehouse::Services
