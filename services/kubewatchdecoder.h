#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Gatehouse::Services {

/// One event of a Kubernetes watch stream.
struct KubeWatchEvent
{
    enum class Type { Added, Modified, Deleted, Bookmark, Error };
    Type type = Type::Added;
    /// The object (for Error: the Status object).
    QJsonObject object;

    /// metadata.resourceVersion of the object (bookmarks included).
    QByteArray resourceVersion() const;
};

/// Splits the chunked body of a watch (`{"type":…,"object":…}` JSON values, usually one
/// per line, but arbitrary chunk boundaries and whitespace) into events as bytes arrive.
/// Decodes JSON values, not lines. After a malformed value, an unknown event type or an
/// oversized value it reports an error once and accepts no more input (the caller
/// drops the watch and starts a new one). Not thread-safe; any thread.
class KubeWatchDecoder
{
public:
    /// Largest single event accepted, in bytes.
    static constexpr qsizetype MaxEventBytes = 16 * 1024 * 1024;

    /// Appends bytes and returns the events completed by them, in order.
    QList<KubeWatchEvent> feed(const QByteArray &bytes);
    /// Non-empty once the stream could not be decoded; says why (no payload data in it).
    QString error() const { return m_error; }
    bool hasError() const { return !m_error.isEmpty(); }
    /// Bytes received but not yet part of a complete event.
    qsizetype pendingBytes() const { return m_buffer.size() - m_start; }

private:
    void fail(const QString &message);

    QByteArray m_buffer;
    qsizetype m_start = 0; ///< where the current value starts (or where scanning resumes between values)
    qsizetype m_pos = 0;   ///< next byte to scan
    int m_depth = 0;
    bool m_inString = false;
    bool m_escape = false;
    QString m_error;
};

} // namespace Gatehouse::Services
