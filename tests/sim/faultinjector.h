#pragma once

// FaultInjector: the faults tests and the demo switch on through POST /admin/faults —
// error answers (5xx or 429 with Retry-After) for the next N requests, added
// latency, slowly streamed lists, 410 for the next N watches, and a generation
// counter that ends every open watch when bumped. Thread-safe: every method may
// be called from any httplib worker thread.

#include <QJsonObject>

#include <atomic>
#include <mutex>
#include <optional>

namespace Gatehouse::Sim {

class FaultInjector
{
public:
    struct ErrorAnswer
    {
        int code = 500;
        int retryAfterSeconds = 1;
    };

    // Applies a JSON fault request; returns the current settings (see admin API in main.cpp).
    QJsonObject apply(const QJsonObject &request);
    QJsonObject describe() const;
    void clear();

    std::optional<ErrorAnswer> takeErrorAnswer();
    bool takeWatchExpiry();
    int latencyMs() const;
    int slowListChunkDelayMs() const;

    quint64 watchGeneration() const { return m_watchGeneration.load(); }
    void dropWatches() { ++m_watchGeneration; }

private:
    mutable std::mutex m_mutex;
    int m_errorCount = 0;
    ErrorAnswer m_error;
    int m_expireWatches = 0;
    int m_latencyMs = 0;
    int m_slowListMs = 0;
    std::atomic<quint64> m_watchGeneration{0};
};

} // namespace Gatehouse::Sim
