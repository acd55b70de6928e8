#pragma once

#include <vector>

// Small JSON and time helpers shared by every part of the estate simulator:
// reading nested values of Kubernetes objects held as QJsonObject, RFC 3339
// timestamps, and compact serialisation. Pure functions, callable from any thread.

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Gatehouse::Sim {

// Value at a dotted path ("metadata.labels"), or Undefined.
QJsonValue valueAt(const QJsonObject &object, const QString &dottedPath);
// Object at a dotted path, empty when absent.
QJsonObject objectAt(const QJsonObject &object, const QString &dottedPath);
// Sets the value at a dotted path, creating intermediate objects.
void setValueAt(QJsonObject &object, const QString &dottedPath, const QJsonValue &value);
void removeValueAt(QJsonObject &object, const QString &dottedPath);

QString stringAt(const QJsonObject &object, const QString &dottedPath);
int intAt(const QJsonObject &object, const QString &dottedPath, int fallback = 0);

QString rfc3339(const QDateTime &time);
QString nowRfc3339();
QDateTime parseRfc3339(const QString &text);

QByteArray compactJson(const QJsonObject &object);

// A list answer laid out as the API server writes it: kind, apiVersion, metadata, then
// the items (a QJsonObject would put "items" first), so that a client can read the
// metadata, continue token included, before the items.
QByteArray listJson(const QString &kind, const QString &apiVersion, const QJsonObject &metadata,
                    const std::vector<QJsonObject> &items);

// Kubernetes' short age rendering ("5s", "3m20s", "2d4h").
QString humanDuration(qint64 seconds);

// "a=b,c=d" with keys sorted, as kubectl shows selectors.
QString labelsToSelectorString(const QJsonObject &labels);

// A lowercase random suffix from the alphabet Kubernetes uses for generated names.
QString randomSuffix(int length);
// The same alphabet applied to a hash value (pod-template-hash).
QString safeEncode(quint64 value, int length);
QString newUid();

} // namespace Gatehouse::Sim
