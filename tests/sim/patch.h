#pragma once

// The three patch formats kubectl sends: JSON merge patch (RFC 7386), strategic
// merge patch (merge patch plus merging known lists by key, e.g. containers by
// name; "$"-directives are ignored), and JSON patch (RFC 6902). Pure functions,
// callable from any thread.

#include <QJsonArray>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Gatehouse::Sim {

QJsonValue applyMergePatch(const QJsonValue &target, const QJsonValue &patch);
QJsonValue applyStrategicMergePatch(const QJsonValue &target, const QJsonValue &patch);
// nullopt with *error set when an operation fails (missing path, failed test).
std::optional<QJsonValue> applyJsonPatch(const QJsonValue &document, const QJsonArray &operations, QString *error);

} // namespace Gatehouse::Sim
