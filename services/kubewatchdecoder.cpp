#include "kubewatchdecoder.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Gatehouse::Services {

QByteArray KubeWatchEvent::resourceVersion() const
{
    return object.value(QLatin1String("metadata"))
        .toObject()
        .value(QLatin1String("resourceVersion"))
        .toString()
        .toLatin1();
}

void KubeWatchDecoder::fail(const QString &message)
{
    m_error = message;
    m_buffer.clear();
    m_start = m_pos = 0;
}

QList<KubeWatchEvent> KubeWatchDecoder::feed(const QByteArray &bytes)
{
    QList<KubeWatchEvent> events;
    if (hasError())
        return events;
    m_buffer.append(bytes);
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    while (m_pos < size) {
        const char c = data[m_pos];
        if (m_depth == 0) {
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                ++m_pos;
                m_start = m_pos;
                continue;
            }
            if (c != '{') {
                fail(QCoreApplication::translate("KubeWatchDecoder",
                                                 "The watch stream contains something other than JSON objects."));
                return events;
            }
            m_start = m_pos;
            m_depth = 1;
            m_inString = false;
            m_escape = false;
            ++m_pos;
            continue;
        }
        ++m_pos;
        if (m_inString) {
            if (m_escape)
                m_escape = false;
            else if (c == '\\')
                m_escape = true;
            else if (c == '"')
                m_inString = false;
            continue;
        }
        if (c == '"') {
            m_inString = true;
        } else if (c == '{' || c == '[') {
            ++m_depth;
        } else if (c == '}' || c == ']') {
            if (--m_depth > 0)
                continue;
            QJsonParseError parseError;
            const QJsonDocument doc =
                QJsonDocument::fromJson(QByteArray::fromRawData(data + m_start, m_pos - m_start), &parseError);
            if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
                fail(QCoreApplication::translate("KubeWatchDecoder", "A watch event is not valid JSON (%1).")
                         .arg(parseError.errorString()));
                return events;
            }
            const QJsonObject root = doc.object();
            const QString type = root.value(QLatin1String("type")).toString();
            KubeWatchEvent event;
            if (type == QLatin1String("ADDED"))
                event.type = KubeWatchEvent::Type::Added;
            else if (type == QLatin1String("MODIFIED"))
                event.type = KubeWatchEvent::Type::Modified;
            else if (type == QLatin1String("DELETED"))
                event.type = KubeWatchEvent::Type::Deleted;
            else if (type == QLatin1String("BOOKMARK"))
                event.type = KubeWatchEvent::Type::Bookmark;
            else if (type == QLatin1String("ERROR"))
                event.type = KubeWatchEvent::Type::Error;
            else {
                fail(QCoreApplication::translate("KubeWatchDecoder", "A watch event has an unknown type."));
                return events;
            }
            event.object = root.value(QLatin1String("object")).toObject();
            events.append(std::move(event));
            m_start = m_pos;
        }
    }
    if (m_depth > 0 && m_pos - m_start > MaxEventBytes) {
        fail(QCoreApplication::translate("KubeWatchDecoder", "A watch event is larger than %1 MiB.")
                 .arg(MaxEventBytes / (1024 * 1024)));
        return events;
    }
    // Drop what has been consumed so the buffer holds only the value in progress.
    if (m_start > 0) {
        m_buffer.remove(0, m_start);
        m_pos -= m_start;
        m_start = 0;
    }
    return events;
}

} // namespace Gatehouse::Services
