#pragma once

#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace Gatehouse::Ui {

/// Calls `onResult(result)` on `guard`'s thread when `future` finishes, or
/// `onCanceled()` when it is cancelled without a result — unless `guard` was
/// destroyed first, in which case nothing is called. Use it instead of
/// QFuture::then(context, …): in Qt 6.4 that asserts when the context dies
/// before the future finishes (a window closed while a query is in flight).
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

template<typename T, typename OnResult>
void whenFinished(const QFuture<T> &future, QObject *guard, OnResult &&onResult)
{
    whenFinished(future, guard, std::forward<OnResult>(onResult), [] {});
}

} // namespace Gatehouse::Ui
