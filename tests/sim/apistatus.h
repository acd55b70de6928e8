#pragma once

// Kubernetes Status error objects (kind Status, status Failure) with the exact
// reasons and messages kubectl renders. Pure functions, callable from any thread.

#include "resourcetypes.h"

#include <QJsonObject>
#include <QString>

namespace Gatehouse::Sim {

struct ApiError
{
    int code = 500;
    QJsonObject status;
};

ApiError makeStatus(int code, const QString &reason, const QString &message, const QJsonObject &details = {});
ApiError notFound(Resource resource, const QString &name);
ApiError unknownPath();
ApiError unauthorized();
ApiError conflict(Resource resource, const QString &name);
// 409 for a delete whose preconditions (uid, resourceVersion) name another state;
// `detail` is "UID in precondition: a, UID in object meta: b".
ApiError preconditionFailed(Resource resource, const QString &name, const QString &detail);
ApiError alreadyExists(Resource resource, const QString &name);
ApiError badRequest(const QString &message);
ApiError unsupportedMediaType(const QString &contentType);
ApiError methodNotAllowed();
// 422 for one invalid field; message per cause as "Invalid value: ...: detail".
ApiError invalid(Resource resource, const QString &name, const QString &field, const QString &causeMessage);
ApiError expired(qint64 requested, qint64 oldest);
// 410 for a list continue token whose snapshot is older than the retained history.
ApiError expiredContinue();
ApiError tooManyRequests();
ApiError internalError(int code);

} // namespace Gatehouse::Sim
