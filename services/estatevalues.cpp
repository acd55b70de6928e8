#include "estatevalues.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QTimeZone>

#include <libical/ical.h>

#include <algorithm>
#include <vector>

namespace Gatehouse::Services::EstateValues {

namespace {

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Reads the digits at `pos`; fails on none or on a number too large to be a sane duration part.
std::optional<qint64> readNumber(const QString &text, qsizetype &pos)
{
    const qsizetype begin = pos;
    qint64 value = 0;
    while (pos < text.size() && isDigit(text.at(pos))) {
        value = value * 10 + (text.at(pos).unicode() - '0');
        if (value > 100'000'000)
            return std::nullopt;
        ++pos;
    }
    if (pos == begin)
        return std::nullopt;
    return value;
}

// Fixed-width field of digits, e.g. the "2026" of a date.
std::optional<int> fixedNumber(const QString &text, qsizetype pos, int width)
{
    if (pos + width > text.size())
        return std::nullopt;
    int value = 0;
    for (int i = 0; i < width; ++i) {
        const QChar c = text.at(pos + i);
        if (!isDigit(c))
            return std::nullopt;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

} // namespace

std::optional<qint64> parseDuration(const QString &text)
{
    if (text.size() < 3 || text.at(0) != QLatin1Char('P'))
        return std::nullopt;
    qsizetype pos = 1;
    qint64 total = 0;
    bool inTime = false;
    bool any = false;
    bool anyInTime = false;
    // Order of designators must be W, D, then T, H, M, S; each at most once.
    int lastRank = -1;
    while (pos < text.size()) {
        if (text.at(pos) == QLatin1Char('T')) {
            if (inTime)
                return std::nullopt;
            inTime = true;
            lastRank = 2;
            ++pos;
            continue;
        }
        const auto number = readNumber(text, pos);
        if (!number || pos >= text.size())
            return std::nullopt;
        const QChar unit = text.at(pos++);
        int rank = -1;
        qint64 factor = 0;
        if (!inTime && unit == QLatin1Char('W')) {
            rank = 0;
            factor = 7 * 86400;
        } else if (!inTime && unit == QLatin1Char('D')) {
            rank = 1;
            factor = 86400;
        } else if (inTime && unit == QLatin1Char('H')) {
            rank = 3;
            factor = 3600;
        } else if (inTime && unit == QLatin1Char('M')) {
            rank = 4;
            factor = 60;
        } else if (inTime && unit == QLatin1Char('S')) {
            rank = 5;
            factor = 1;
        } else {
            return std::nullopt;
        }
        if (rank <= lastRank)
            return std::nullopt;
        lastRank = rank;
        total += *number * factor;
        any = true;
        anyInTime = anyInTime || inTime;
    }
    if (!any || (inTime && !anyInTime) || total <= 0)
        return std::nullopt;
    return total;
}

std::optional<QTime> parseTimeOfDay(const QString &text)
{
    if (text.size() != 5 || text.at(2) != QLatin1Char(':'))
        return std::nullopt;
    const auto h = fixedNumber(text, 0, 2);
    const auto m = fixedNumber(text, 3, 2);
    if (!h || !m || *h > 23 || *m > 59)
        return std::nullopt;
    return QTime(*h, *m);
}

std::optional<QDate> parseDate(const QString &text)
{
    if (text.size() != 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-'))
        return std::nullopt;
    const auto y = fixedNumber(text, 0, 4);
    const auto m = fixedNumber(text, 5, 2);
    const auto d = fixedNumber(text, 8, 2);
    if (!y || !m || !d || !QDate::isValid(*y, *m, *d))
        return std::nullopt;
    return QDate(*y, *m, *d);
}

std::optional<QDateTime> parseDateTime(const QString &text)
{
    if (text.size() == 10) {
        const auto date = parseDate(text);
        if (!date)
            return std::nullopt;
        return QDateTime(*date, QTime(0, 0));
    }
    if ((text.size() != 16 && text.size() != 19) || text.at(10) != QLatin1Char('T'))
        return std::nullopt;
    const auto date = parseDate(text.left(10));
    const auto time = parseTimeOfDay(text.mid(11, 5));
    if (!date || !time)
        return std::nullopt;
    int seconds = 0;
    if (text.size() == 19) {
        const auto s = fixedNumber(text, 17, 2);
        if (text.at(16) != QLatin1Char(':') || !s || *s > 59)
            return std::nullopt;
        seconds = *s;
    }
    return QDateTime(*date, QTime(time->hour(), time->minute(), seconds));
}

bool isSecretReference(const QString &text)
{
    static const QLatin1String prefix("keychain:");
    if (!text.startsWith(prefix))
        return false;
    const QString rest = text.mid(prefix.size());
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == rest.size() - 1 || rest.indexOf(QLatin1Char('/'), slash + 1) >= 0)
        return false;
    return std::none_of(rest.cbegin(), rest.cend(), [](QChar c) { return c.isSpace(); });
}

bool isValidName(const QString &text)
{
    if (text.isEmpty() || text.size() > 253)
        return false;
    const auto ok = [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || isDigit(c) || c == QLatin1Char('-');
    };
    if (!std::all_of(text.cbegin(), text.cend(), ok))
        return false;
    return text.front() != QLatin1Char('-') && text.back() != QLatin1Char('-');
}

bool isKnownTimeZone(const QString &id)
{
    static QMutex mutex;
    static QHash<QString, bool> cache;
    {
        QMutexLocker lock(&mutex);
        const auto it = cache.constFind(id);
        if (it != cache.constEnd())
            return it.value();
    }
    const QByteArray bytes = id.toUtf8();
    // Some zones that the tz database ships (Etc/UTC, …) are not in Qt's list of
    // available ids but load fine; the calendar engine constructs QTimeZone(id).
    const bool known = !id.isEmpty() && id.size() < 100
        && (QTimeZone::isTimeZoneIdAvailable(bytes) || QTimeZone(bytes).isValid());
    QMutexLocker lock(&mutex);
    cache.insert(id, known);
    return known;
}

QString rruleError(const QString &rrule)
{
    if (rrule.trimmed().isEmpty())
        return QCoreApplication::translate("EstateLoader", "the rule is empty");
    if (rrule.startsWith(QLatin1String("RRULE:"), Qt::CaseInsensitive))
        return QCoreApplication::translate("EstateLoader", "write the value without the RRULE: prefix");
    const QByteArray bytes = rrule.toUtf8();
    if (bytes.contains('\0'))
        return QCoreApplication::translate("EstateLoader", "it contains a NUL character");
    // libical keeps its error number per thread, so this is safe on worker threads.
    icalerror_clear_errno();
    const icalrecurrencetype recurrence = icalrecurrencetype_from_string(bytes.constData());
    const icalerrorenum error = icalerrno;
    icalerror_clear_errno();
    if (error != ICAL_NO_ERROR)
        return QCoreApplication::translate("EstateLoader", "libical cannot parse it (%1)")
            .arg(QString::fromLatin1(icalerror_strerror(error)));
    if (recurrence.freq == ICAL_NO_RECURRENCE)
        return QCoreApplication::translate("EstateLoader", "FREQ is missing");
    return {};
}

int editDistance(const QString &a, const QString &b)
{
    const QString x = a.toLower();
    const QString y = b.toLower();
    std::vector<int> previous(static_cast<std::size_t>(y.size()) + 1);
    std::vector<int> current(previous.size());
    for (std::size_t j = 0; j < previous.size(); ++j)
        previous[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= x.size(); ++i) {
        current[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= y.size(); ++j) {
            const int cost = x.at(i - 1) == y.at(j - 1) ? 0 : 1;
            const auto uj = static_cast<std::size_t>(j);
            current[uj] = std::min({previous[uj] + 1, current[uj - 1] + 1, previous[uj - 1] + cost});
        }
        std::swap(previous, current);
    }
    return previous.back();
}

QString closestMatch(const QString &word, const QStringList &candidates)
{
    if (word.isEmpty() || word.size() > 200)
        return {};
    const int limit = std::max<int>(2, static_cast<int>(word.size()) / 3);
    QString best;
    int bestDistance = limit + 1;
    for (const QString &candidate : candidates) {
        if (std::abs(candidate.size() - word.size()) > limit)
            continue;
        const int d = editDistance(word, candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

} // namespace Gatehouse::Services::EstateValues
