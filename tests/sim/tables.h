#pragma once

// Server-side printing: meta.k8s.io/v1 Table responses with the columns kubectl
// shows for each resource (priority-1 columns appear with -o wide), the Age
// and Ready cells computed at request time. Pure functions, callable from any thread.

#include "resourcetypes.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace Gatehouse::Sim {

enum class IncludeObject { None, Metadata, Object };

QJsonObject makeTable(Resource resource, const std::vector<QJsonObject> &objects, IncludeObject include,
                      const QString &resourceVersion, bool withColumnDefinitions = true);

// The STATUS cell kubectl shows for a pod (phase, waiting reason, "Terminating").
QString podStatusText(const QJsonObject &pod);

} // namespace Gatehouse::Sim
