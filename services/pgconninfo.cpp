#include "services/pgconninfo.h"

#include <QHash>
#include <QUrl>
#include <QUrlQuery>

namespace Gatehouse::Services {

namespace {

// Splits "host=a port='5 4' dbname=x" into pairs, honouring libpq's quoting rules.
QHash<QString, QString> parseKeyValues(const QString &text)
{
    QHash<QString, QString> pairs;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        const qsizetype keyStart = i;
        while (i < n && text.at(i) != QLatin1Char('=') && !text.at(i).isSpace())
            ++i;
        const QString key = text.mid(keyStart, i - keyStart);
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n || text.at(i) != QLatin1Char('='))
            break;
        ++i;
        while (i < n && text.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && text.at(i) == QLatin1Char('\'')) {
            ++i;
            while (i < n && text.at(i) != QLatin1Char('\'')) {
                if (text.at(i) == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                value.append(text.at(i));
                ++i;
            }
            ++i;
        } else {
            while (i < n && !text.at(i).isSpace()) {
                if (text.at(i) == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                value.append(text.at(i));
                ++i;
            }
        }
        if (!key.isEmpty())
            pairs.insert(key, value);
    }
    return pairs;
}

} // namespace

bool PgConnInfo::isUri(const QString &conninfo)
{
    return conninfo.startsWith(QLatin1String("postgresql://")) || conninfo.startsWith(QLatin1String("postgres://"));
}

QString PgConnInfo::quoteValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString PgConnInfo::withPassword(const QString &conninfo, const QString &password)
{
    if (password.isEmpty())
        return conninfo;
    if (isUri(conninfo)) {
        // Any libpq parameter may ride in the URI query; this works for multi-host URIs too.
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(password));
        const QChar separator = conninfo.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
        return conninfo + separator + QLatin1String("password=") + encoded;
    }
    return conninfo + QLatin1String(" password=") + quoteValue(password);
}

QString PgConnInfo::describe(const QString &conninfo)
{
    QString host;
    QString port;
    QString db;
    if (isUri(conninfo)) {
        // Take the authority by hand: QUrl rejects multi-host lists.
        QString rest = conninfo.mid(conninfo.indexOf(QLatin1String("://")) + 3);
        const qsizetype queryAt = rest.indexOf(QLatin1Char('?'));
        const QString query = queryAt >= 0 ? rest.mid(queryAt + 1) : QString();
        if (queryAt >= 0)
            rest.truncate(queryAt);
        const qsizetype slash = rest.indexOf(QLatin1Char('/'));
        QString authority = slash >= 0 ? rest.left(slash) : rest;
        db = slash >= 0 ? QUrl::fromPercentEncoding(rest.mid(slash + 1).toUtf8()) : QString();
        const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
        if (at >= 0)
            authority = authority.mid(at + 1);
        host = QUrl::fromPercentEncoding(authority.toUtf8());
        const QUrlQuery q(query);
        if (host.isEmpty() && q.hasQueryItem(QStringLiteral("host")))
            host = q.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
        if (q.hasQueryItem(QStringLiteral("port")))
            port = q.queryItemValue(QStringLiteral("port"));
        if (db.isEmpty() && q.hasQueryItem(QStringLiteral("dbname")))
            db = q.queryItemValue(QStringLiteral("dbname"), QUrl::FullyDecoded);
    } else {
        const auto pairs = parseKeyValues(conninfo);
        host = pairs.value(QStringLiteral("host"), pairs.value(QStringLiteral("hostaddr")));
        port = pairs.value(QStringLiteral("port"));
        db = pairs.value(QStringLiteral("dbname"));
    }
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    QString text = host;
    if (!port.isEmpty() && !host.contains(QLatin1Char(':')))
        text += QLatin1Char(':') + port;
    if (!db.isEmpty())
        text += QLatin1Char('/') + db;
    return text;
}

QString PgConnInfo::scrub(QString message, const QString &secret)
{
    if (secret.isEmpty())
        return message;
    const QString masked = QStringLiteral("****");
    message.replace(secret, masked);
    message.replace(QString::fromLatin1(QUrl::toPercentEncoding(secret)), masked);
    return message;
}

} // namespace Gatehouse::Services
