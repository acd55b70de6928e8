#include "apistatus.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Gatehouse::Sim {

ApiError makeStatus(int code, const QString &reason, const QString &message, const QJsonObject &details)
{
    QJsonObject status{{u"kind"_s, u"Status"_s},
                       {u"apiVersion"_s, u"v1"_s},
                       {u"metadata"_s, QJsonObject()},
                       {u"status"_s, u"Failure"_s},
                       {u"message"_s, message},
                       {u"reason"_s, reason},
                       {u"code"_s, code}};
    if (!details.isEmpty())
        status.insert(u"details"_s, details);
    return ApiError{code, status};
}

static QJsonObject details(Resource resource, const QString &name)
{
    const ResourceInfo &info = resourceInfo(resource);
    QJsonObject result{{u"name"_s, name}, {u"kind"_s, info.plural}};
    if (!info.group.isEmpty())
        result.insert(u"group"_s, info.group);
    return result;
}

ApiError notFound(Resource resource, const QString &name)
{
    return makeStatus(404, u"NotFound"_s, qualifiedResourceName(resource) + u" \""_s + name + u"\" not found"_s,
                      details(resource, name));
}

ApiError unknownPath()
{
    return makeStatus(404, u"NotFound"_s, u"the server could not find the requested resource"_s,
                      QJsonObject{{u"causes"_s, QJsonArray{QJsonObject{{u"reason"_s, u"UnexpectedServerResponse"_s},
                                                                       {u"message"_s, u"404 page not found"_s}}}}});
}

ApiError unauthorized()
{
    return makeStatus(401, u"Unauthorized"_s, u"Unauthorized"_s);
}

ApiError conflict(Resource resource, const QString &name)
{
    return makeStatus(409, u"Conflict"_s,
                      u"Operation cannot be fulfilled on "_s + qualifiedResourceName(resource) + u" \""_s + name
                          + u"\": the object has been modified; please apply your changes to the latest version and try again"_s,
                      details(resource, name));
}

ApiError preconditionFailed(Resource resource, const QString &name, const QString &detail)
{
    return makeStatus(409, u"Conflict"_s,
                      u"Operation cannot be fulfilled on "_s + qualifiedResourceName(resource) + u" \""_s + name
                          + u"\": Precondition failed: "_s + detail,
                      details(resource, name));
}

ApiError alreadyExists(Resource resource, const QString &name)
{
    return makeStatus(409, u"AlreadyExists"_s,
                      qualifiedResourceName(resource) + u" \""_s + name + u"\" already exists"_s, details(resource, name));
}

ApiError badRequest(const QString &message)
{
    return makeStatus(400, u"BadRequest"_s, message);
}

ApiError unsupportedMediaType(const QString &contentType)
{
    return makeStatus(415, u"UnsupportedMediaType"_s, u"the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/strategic-merge-patch+json (got "_s + contentType + u')');
}

ApiError methodNotAllowed()
{
    return makeStatus(405, u"MethodNotAllowed"_s, u"the server does not allow this method on the requested resource"_s);
}

ApiError invalid(Resource resource, const QString &name, const QString &field, const QString &causeMessage)
{
    const ResourceInfo &info = resourceInfo(resource);
    const QString qualifiedKind = info.group.isEmpty() ? info.kind : info.kind + u'.' + info.group;
    QJsonObject detail{{u"name"_s, name},
                       {u"kind"_s, info.kind},
                       {u"causes"_s, QJsonArray{QJsonObject{{u"reason"_s, u"FieldValueInvalid"_s},
                                                            {u"message"_s, causeMessage},
                                                            {u"field"_s, field}}}}};
    if (!info.group.isEmpty())
        detail.insert(u"group"_s, info.group);
    return makeStatus(422, u"Invalid"_s, qualifiedKind + u" \""_s + name + u"\" is invalid: "_s + field + u": "_s + causeMessage,
                      detail);
}

ApiError expired(qint64 requested, qint64 oldest)
{
    return makeStatus(410, u"Expired"_s,
                      u"too old resource version: "_s + QString::number(requested) + u" ("_s + QString::number(oldest) + u')');
}

ApiError expiredContinue()
{
    return makeStatus(410, u"Expired"_s,
                      u"The provided continue parameter is too old to display a consistent list result. You can start a "
                      u"new list without the continue parameter, or use the continue token in this response to retrieve "
                      u"the remainder of the results. Continuing with the provided token results in an inconsistent list - "
                      u"objects that were created, modified, or deleted between the time the first chunk was returned and "
                      u"now may show up in the list."_s);
}

ApiError tooManyRequests()
{
    return makeStatus(429, u"TooManyRequests"_s, u"the server has received too many requests and has asked us to try again later"_s,
                      QJsonObject{{u"retryAfterSeconds"_s, 1}});
}

ApiError internalError(int code)
{
    if (code == 503)
        return makeStatus(503, u"ServiceUnavailable"_s, u"the server is currently unable to handle the request"_s);
    if (code == 504)
        return makeStatus(504, u"Timeout"_s, u"the server was unable to return a response in the time allotted"_s);
    return makeStatus(code, u"InternalError"_s, u"an error on the server (\"injected fault\") has prevented the request from succeeding"_s);
}

} // namespace Gatehouse::Sim
