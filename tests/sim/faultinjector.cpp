#include "faultinjector.h"

using namespace Qt::Literals::StringLiterals;

namespace Gatehouse::Sim {

QJsonObject FaultInjector::apply(const QJsonObject &request)
{
    {
        std::lock_guard lock(m_mutex);
        if (request.contains(u"errors"_s)) {
            const QJsonObject errors = request.value(u"errors"_s).toObject();
            m_errorCount = errors.value(u"count"_s).toInt(1);
            m_error.code = errors.value(u"code"_s).toInt(500);
            m_error.retryAfterSeconds = errors.value(u"retryAfterSeconds"_s).toInt(1);
        }
        if (request.contains(u"expireWatches"_s))
            m_expireWatches = request.value(u"expireWatches"_s).toInt();
        if (request.contains(u"latencyMs"_s))
            m_latencyMs = request.value(u"latencyMs"_s).toInt();
        if (request.contains(u"slowListChunkDelayMs"_s))
            m_slowListMs = request.value(u"slowListChunkDelayMs"_s).toInt();
    }
    if (request.value(u"dropWatches"_s).toBool())
        dropWatches();
    return describe();
}

QJsonObject FaultInjector::describe() const
{
    std::lock_guard lock(m_mutex);
    return QJsonObject{{u"errors"_s, QJsonObject{{u"count"_s, m_errorCount},
                                                {u"code"_s, m_error.code},
                                                {u"retryAfterSeconds"_s, m_error.retryAfterSeconds}}},
                       {u"expireWatches"_s, m_expireWatches},
                       {u"latencyMs"_s, m_latencyMs},
                       {u"slowListChunkDelayMs"_s, m_slowListMs},
                       {u"watchGeneration"_s, static_cast<qint64>(m_watchGeneration.load())}};
}

void FaultInjector::clear()
{
    std::lock_guard lock(m_mutex);
    m_errorCount = 0;
    m_expireWatches = 0;
    m_latencyMs = 0;
    m_slowListMs = 0;
}

std::optional<FaultInjector::ErrorAnswer> FaultInjector::takeErrorAnswer()
{
    std::lock_guard lock(m_mutex);
    if (m_errorCount <= 0)
        return std::nullopt;
    --m_errorCount;
    return m_error;
}

bool FaultInjector::takeWatchExpiry()
{
    std::lock_guard lock(m_mutex);
    if (m_expireWatches <= 0)
        return false;
    --m_expireWatches;
    return true;
}

int FaultInjector::latencyMs() const
{
    std::lock_guard lock(m_mutex);
    return m_latencyMs;
}

int FaultInjector::slowListChunkDelayMs() const
{
    std::lock_guard lock(m_mutex);
    return m_slowListMs;
}

} // namespace Gatehouse::Sim
