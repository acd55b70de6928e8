#include "simjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Gatehouse::Sim {

QJsonValue valueAt(const QJsonObject &object, const QString &dottedPath)
{
    const QStringList parts = dottedPath.split(u'.');
    QJsonValue current = object;
    for (const QString &part : parts) {
        if (!current.isObject())
            return QJsonValue(QJsonValue::Undefined);
        current = current.toObject().value(part);
    }
    return current;
}

QJsonObject objectAt(const QJsonObject &object, const QString &dottedPath)
{
    return valueAt(object, dottedPath).toObject();
}

static void setIn(QJsonObject &object, const QStringList &parts, qsizetype index, const QJsonValue &value)
{
    if (index == parts.size() - 1) {
        object.insert(parts.at(index), value);
        return;
    }
    QJsonObject child = object.value(parts.at(index)).toObject();
    setIn(child, parts, index + 1, value);
    object.insert(parts.at(index), child);
}

void setValueAt(QJsonObject &object, const QString &dottedPath, const QJsonValue &value)
{
    setIn(object, dottedPath.split(u'.'), 0, value);
}

static void removeIn(QJsonObject &object, const QStringList &parts, qsizetype index)
{
    if (index == parts.size() - 1) {
        object.remove(parts.at(index));
        return;
    }
    if (!object.value(parts.at(index)).isObject())
        return;
    QJsonObject child = object.value(parts.at(index)).toObject();
    removeIn(child, parts, index + 1);
    object.insert(parts.at(index), child);
}

void removeValueAt(QJsonObject &object, const QString &dottedPath)
{
    removeIn(object, dottedPath.split(u'.'), 0);
}

QString stringAt(const QJsonObject &object, const QString &dottedPath)
{
    const QJsonValue value = valueAt(object, dottedPath);
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return value.toString();
}

int intAt(const QJsonObject &object, const QString &dottedPath, int fallback)
{
    const QJsonValue value = valueAt(object, dottedPath);
    if (value.isDouble())
        return value.toInt();
    if (value.isString()) {
        bool ok = false;
        const int parsed = value.toString().toInt(&ok);
        return ok ? parsed : fallback;
    }
    return fallback;
}

QString rfc3339(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString nowRfc3339()
{
    return rfc3339(QDateTime::currentDateTimeUtc());
}

QDateTime parseRfc3339(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate);
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray listJson(const QString &kind, const QString &apiVersion, const QJsonObject &metadata,
                    const std::vector<QJsonObject> &items)
{
    QByteArray out = "{\"kind\":" + QJsonDocument(QJsonArray{kind}).toJson(QJsonDocument::Compact).mid(1).chopped(1)
                     + ",\"apiVersion\":" + QJsonDocument(QJsonArray{apiVersion}).toJson(QJsonDocument::Compact).mid(1).chopped(1)
                     + ",\"metadata\":" + compactJson(metadata) + ",\"items\":[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += ',';
        out += compactJson(items[i]);
    }
    out += "]}";
    return out;
}

static QString unit(qint64 value, char16_t suffix)
{
    return QString::number(value) + suffix;
}

// Shows the second unit only when it is not zero ("3m" or "3m20s").
static QString units(qint64 major, char16_t majorSuffix, qint64 minor, char16_t minorSuffix)
{
    return minor == 0 ? unit(major, majorSuffix) : unit(major, majorSuffix) + unit(minor, minorSuffix);
}

QString humanDuration(qint64 seconds)
{
    if (seconds < -1)
        return u"<invalid>"_s;
    if (seconds < 0)
        return u"0s"_s;
    if (seconds < 120)
        return unit(seconds, u's');
    const qint64 minutes = seconds / 60;
    if (minutes < 10)
        return units(minutes, u'm', seconds % 60, u's');
    if (minutes < 180)
        return unit(minutes, u'm');
    const qint64 hours = seconds / 3600;
    if (hours < 8)
        return units(hours, u'h', minutes % 60, u'm');
    if (hours < 48)
        return unit(hours, u'h');
    if (hours < 24 * 8)
        return units(hours / 24, u'd', hours % 24, u'h');
    if (hours < 24 * 365 * 2)
        return unit(hours / 24, u'd');
    if (hours < 24 * 365 * 8)
        return units(hours / 24 / 365, u'y', (hours / 24) % 365, u'd');
    return unit(hours / 24 / 365, u'y');
}

QString labelsToSelectorString(const QJsonObject &labels)
{
    QStringList keys = labels.keys();
    std::sort(keys.begin(), keys.end());
    QStringList parts;
    for (const QString &key : keys)
        parts.append(key + u'=' + labels.value(key).toString());
    return parts.join(u',');
}

static constexpr char s_alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
static constexpr int s_alphabetSize = sizeof(s_alphabet) - 1;

QString randomSuffix(int length)
{
    QString result;
    for (int i = 0; i < length; ++i)
        result.append(QLatin1Char(s_alphabet[QRandomGenerator::global()->bounded(s_alphabetSize)]));
    return result;
}

QString safeEncode(quint64 value, int length)
{
    QString result;
    for (int i = 0; i < length; ++i) {
        result.append(QLatin1Char(s_alphabet[value % s_alphabetSize]));
        value /= s_alphabetSize;
        if (value == 0)
            value = 0x9e3779b97f4a7c15ULL ^ static_cast<quint64>(i + 1);
    }
    return result;
}

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace Gatehouse::Sim
