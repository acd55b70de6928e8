#include "services/alertmanagerclient.h"
#include "services/whenfinished.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QtConcurrent>

#include <memory>

namespace Gatehouse::Services {

using Models::Result;
using Status = Models::SourceState::Status;
using Alert = AlertmanagerClient::Alert;
using Silence = AlertmanagerClient::Silence;

struct AlertmanagerClient::Answer
{
    bool ok = false;
    QByteArray body;
    QString message;
};

namespace {

template<typename T>
std::shared_ptr<QPromise<T>> startedPromise()
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    return promise;
}

template<typename T>
void deliver(const std::shared_ptr<QPromise<T>> &promise, T value)
{
    promise->addResult(std::move(value));
    promise->finish();
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Gatehouse::Services::AlertmanagerClient", text);
}

QDateTime timeOf(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : time;
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

Models::Labels labelsOf(const QJsonValue &value)
{
    Models::Labels labels;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        labels.insert(it.key(), it.value().toString());
    return labels;
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array)
        out.append(entry.toString());
    return out;
}

Result<QJsonArray> arrayOf(const QByteArray &json, const QString &what)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return Result<QJsonArray>::failure(tr("Alertmanager sent an unreadable %1 list.").arg(what));
    return document.array();
}

} // namespace

AlertmanagerClient::AlertmanagerClient(QObject *parent) : QObject(parent), m_http(new HealthHttp(this))
{
    connect(m_http, &HealthHttp::stateChanged, this, &AlertmanagerClient::stateChanged);
}

AlertmanagerClient::~AlertmanagerClient() = default;

void AlertmanagerClient::setEndpoint(const HttpEndpoint &endpoint)
{
    m_http->setEndpoint(endpoint);
}

void AlertmanagerClient::setSecretStore(SecretStore *store)
{
    m_http->setSecretStore(store);
}

Models::SourceState AlertmanagerClient::state() const
{
    return m_http->state();
}

AlertmanagerClient::Answer AlertmanagerClient::classify(const HealthHttp::Reply &reply)
{
    Answer answer;
    if (!reply.reached()) {
        answer.message = reply.credentials
            ? reply.failure
            : tr("Alertmanager at %1 cannot be reached: %2").arg(m_http->displayUrl(), reply.failure);
        m_http->recordFailure(reply.credentials ? Status::Stale : Status::Unreachable, answer.message);
        return answer;
    }
    if (reply.httpStatus >= 200 && reply.httpStatus < 300) {
        m_http->recordSuccess();
        answer.ok = true;
        answer.body = reply.body;
        return answer;
    }
    // Alertmanager explains a rejected request as a JSON string or plain text: pass it on.
    QString detail = QString::fromUtf8(reply.body).trimmed();
    const QJsonDocument document = QJsonDocument::fromJson("[" + reply.body + "]");
    if (document.isArray() && document.array().size() == 1 && document.array().at(0).isString())
        detail = document.array().at(0).toString();
    if (reply.httpStatus == 400 || reply.httpStatus == 404 || reply.httpStatus == 422) {
        m_http->recordSuccess();
        answer.message = tr("Alertmanager rejected the request: %1").arg(detail);
        return answer;
    }
    answer.message = reply.httpStatus == 401 || reply.httpStatus == 403
        ? tr("Alertmanager at %1 refused the credentials (HTTP %2).").arg(m_http->displayUrl()).arg(reply.httpStatus)
        : tr("Alertmanager at %1 answered HTTP %2: %3").arg(m_http->displayUrl()).arg(reply.httpStatus).arg(detail);
    m_http->recordFailure(Status::Stale, answer.message);
    return answer;
}

Silence AlertmanagerClient::silenceForChange(const Models::ChangeRequest &change, const QString &createdBy)
{
    Silence silence;
    silence.matchers.append({QStringLiteral("environment"), change.environment, false, true});
    silence.startsAt = change.windowStart.toUTC();
    silence.endsAt = change.windowEnd.toUTC();
    silence.createdBy = createdBy;
    silence.comment = tr("Change #%1: %2 (window silenced by Gatehouse)").arg(change.id).arg(change.title);
    return silence;
}

Result<QList<Alert>> AlertmanagerClient::decodeAlerts(const QByteArray &json)
{
    const auto array = arrayOf(json, tr("alert"));
    if (!array)
        return array.error();
    QList<Alert> out;
    for (const QJsonValue &entry : array.value()) {
        const QJsonObject object = entry.toObject();
        Alert alert;
        alert.labels = labelsOf(object.value(QLatin1String("labels")));
        alert.annotations = labelsOf(object.value(QLatin1String("annotations")));
        alert.startsAt = timeOf(object.value(QLatin1String("startsAt")));
        alert.endsAt = timeOf(object.value(QLatin1String("endsAt")));
        alert.fingerprint = object.value(QLatin1String("fingerprint")).toString();
        const QJsonObject status = object.value(QLatin1String("status")).toObject();
        const QString state = status.value(QLatin1String("state")).toString();
        alert.state = state == QLatin1String("active")       ? Alert::State::Active
            : state == QLatin1String("suppressed") ? Alert::State::Suppressed
                                                   : Alert::State::Unprocessed;
        alert.silencedBy = stringsOf(status.value(QLatin1String("silencedBy")));
        alert.inhibitedBy = stringsOf(status.value(QLatin1String("inhibitedBy")));
        out.append(alert);
    }
    return out;
}

Result<QList<Silence>> AlertmanagerClient::decodeSilences(const QByteArray &json)
{
    const auto array = arrayOf(json, tr("silence"));
    if (!array)
        return array.error();
    QList<Silence> out;
    for (const QJsonValue &entry : array.value()) {
        const QJsonObject object = entry.toObject();
        Silence silence;
        silence.id = object.value(QLatin1String("id")).toString();
        const QJsonArray matchers = object.value(QLatin1String("matchers")).toArray();
        for (const QJsonValue &m : matchers) {
            const QJsonObject matcher = m.toObject();
            silence.matchers.append({matcher.value(QLatin1String("name")).toString(),
                                     matcher.value(QLatin1String("value")).toString(),
                                     matcher.value(QLatin1String("isRegex")).toBool(),
                                     matcher.value(QLatin1String("isEqual")).toBool(true)});
        }
        silence.startsAt = timeOf(object.value(QLatin1String("startsAt")));
        silence.endsAt = timeOf(object.value(QLatin1String("endsAt")));
        silence.createdBy = object.value(QLatin1String("createdBy")).toString();
        silence.comment = object.value(QLatin1String("comment")).toString();
        const QString state = object.value(QLatin1String("status")).toObject().value(QLatin1String("state")).toString();
        silence.state = state == QLatin1String("active")  ? Silence::State::Active
            : state == QLatin1String("expired") ? Silence::State::Expired
                                                : Silence::State::Pending;
        out.append(silence);
    }
    return out;
}

QFuture<Result<QList<Alert>>> AlertmanagerClient::alerts(const QStringList &filters, bool includeSuppressed)
{
    using R = Result<QList<Alert>>;
    auto promise = startedPromise<R>();
    HealthHttp::Params params{{QStringLiteral("active"), QStringLiteral("true")}};
    const QString suppressed = includeSuppressed ? QStringLiteral("true") : QStringLiteral("false");
    params.append({QStringLiteral("silenced"), suppressed});
    params.append({QStringLiteral("inhibited"), suppressed});
    for (const QString &filter : filters)
        params.append({QStringLiteral("filter"), filter});
    whenFinished(m_http->send("GET", QStringLiteral("/api/v2/alerts"), params), this, [this, promise](const HealthHttp::Reply &reply) {
        const Answer answer = classify(reply);
        if (!answer.ok) {
            deliver(promise, R::failure(answer.message));
            return;
        }
        (void)QtConcurrent::run([promise, body = answer.body] { deliver(promise, decodeAlerts(body)); });
    });
    return promise->future();
}

QFuture<Result<QList<Silence>>> AlertmanagerClient::silences()
{
    using R = Result<QList<Silence>>;
    auto promise = startedPromise<R>();
    whenFinished(m_http->send("GET", QStringLiteral("/api/v2/silences")), this, [this, promise](const HealthHttp::Reply &reply) {
        const Answer answer = classify(reply);
        deliver(promise, answer.ok ? decodeSilences(answer.body) : R::failure(answer.message));
    });
    return promise->future();
}

QFuture<Result<QString>> AlertmanagerClient::createSilence(const Silence &silence)
{
    using R = Result<QString>;
    auto promise = startedPromise<R>();
    if (silence.matchers.isEmpty() || !silence.startsAt.isValid() || !silence.endsAt.isValid()
        || silence.endsAt <= silence.startsAt) {
        deliver(promise, R::failure(tr("A silence needs at least one matcher and a window that ends after it starts.")));
        return promise->future();
    }
    QJsonArray matchers;
    for (const Matcher &matcher : silence.matchers)
        matchers.append(QJsonObject{{QStringLiteral("name"), matcher.name},
                                    {QStringLiteral("value"), matcher.value},
                                    {QStringLiteral("isRegex"), matcher.isRegex},
                                    {QStringLiteral("isEqual"), matcher.isEqual}});
    const QJsonObject body{{QStringLiteral("matchers"), matchers},
                           {QStringLiteral("startsAt"), timeText(silence.startsAt)},
                           {QStringLiteral("endsAt"), timeText(silence.endsAt)},
                           {QStringLiteral("createdBy"), silence.createdBy},
                           {QStringLiteral("comment"), silence.comment}};
    whenFinished(
        m_http->send("POST", QStringLiteral("/api/v2/silences"), {}, QJsonDocument(body).toJson(QJsonDocument::Compact),
                     "application/json"),
        this, [this, promise](const HealthHttp::Reply &reply) {
            const Answer answer = classify(reply);
            if (!answer.ok) {
                deliver(promise, R::failure(answer.message));
                return;
            }
            const QString id = QJsonDocument::fromJson(answer.body).object().value(QLatin1String("silenceID")).toString();
            deliver(promise, id.isEmpty() ? R::failure(tr("Alertmanager created the silence but sent no id.")) : R(id));
        });
    return promise->future();
}

QFuture<Models::Status> AlertmanagerClient::expireSilence(const QString &id)
{
    auto promise = startedPromise<Models::Status>();
    whenFinished(
        m_http->send("DELETE", QStringLiteral("/api/v2/silence/") + QString::fromLatin1(QUrl::toPercentEncoding(id))),
        this, [this, promise](const HealthHttp::Reply &reply) {
            const Answer answer = classify(reply);
            deliver(promise, answer.ok ? Models::Status(Models::Done{}) : Models::Status::failure(answer.message));
        });
    return promise->future();
}

} // namespace Gatehouse::Services
