#include "kubeactions.h"

#include "services/kubeclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>

#include <algorithm>
#include <map>
#include <memory>

namespace Gatehouse::Services {

namespace {

using Outcome = Models::Result<KubeActionOutcome>;
using OutcomePromise = std::shared_ptr<QPromise<Outcome>>;

template<typename T>
std::shared_ptr<QPromise<T>> newPromise()
{
    auto p = std::make_shared<QPromise<T>>();
    p->start();
    return p;
}

template<typename T>
void finish(const std::shared_ptr<QPromise<T>> &promise, T value)
{
    promise->addResult(std::move(value));
    promise->finish();
}

/// kubectl's rendering of a server error: "Error from server (NotFound): …".
QString serverError(const KubeResponse &r)
{
    const QString reason = r.statusReason();
    if (reason.isEmpty())
        return r.errorMessage();
    return KubeActions::tr("Error from server (%1): %2").arg(reason, r.errorMessage());
}

QJsonObject parseObject(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray compact(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

/// Annotations a rollback keeps from the deployment instead of taking them from the ReplicaSet.
bool isSkippedAnnotation(const QString &key)
{
    static const QStringList skipped{QStringLiteral("kubectl.kubernetes.io/last-applied-configuration"),
                                     QStringLiteral("deployment.kubernetes.io/revision"),
                                     QStringLiteral("deployment.kubernetes.io/revision-history"),
                                     QStringLiteral("deployment.kubernetes.io/desired-replicas"),
                                     QStringLiteral("deployment.kubernetes.io/max-replicas"),
                                     QStringLiteral("deprecated.deployment.rollback.to")};
    return skipped.contains(key);
}

/// A pod template without the ReplicaSet's hash label and without null creation times.
QJsonObject normalizedTemplate(QJsonObject templ)
{
    QJsonObject metadata = templ.value(QLatin1String("metadata")).toObject();
    QJsonObject labels = metadata.value(QLatin1String("labels")).toObject();
    labels.remove(QLatin1String("pod-template-hash"));
    if (labels.isEmpty())
        metadata.remove(QLatin1String("labels"));
    else
        metadata.insert(QLatin1String("labels"), labels);
    if (metadata.value(QLatin1String("creationTimestamp")).isNull())
        metadata.remove(QLatin1String("creationTimestamp"));
    if (metadata.isEmpty())
        templ.remove(QLatin1String("metadata"));
    else
        templ.insert(QLatin1String("metadata"), metadata);
    return templ;
}

QJsonObject annotationsOf(const QJsonObject &object)
{
    return object.value(QLatin1String("metadata")).toObject().value(QLatin1String("annotations")).toObject();
}

QString uidOf(const QJsonObject &object)
{
    return object.value(QLatin1String("metadata")).toObject().value(QLatin1String("uid")).toString();
}

bool controlledBy(const QJsonObject &rs, const QString &uid)
{
    const QJsonArray owners =
        rs.value(QLatin1String("metadata")).toObject().value(QLatin1String("ownerReferences")).toArray();
    for (const QJsonValue &v : owners) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("controller")).toBool() && o.value(QLatin1String("uid")).toString() == uid)
            return true;
    }
    return false;
}

QString selectorOf(const QJsonObject &deployment)
{
    const QJsonObject labels = deployment.value(QLatin1String("spec"))
                                   .toObject()
                                   .value(QLatin1String("selector"))
                                   .toObject()
                                   .value(QLatin1String("matchLabels"))
                                   .toObject();
    QStringList parts;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        parts.append(it.key() + QLatin1Char('=') + it.value().toString());
    return parts.join(QLatin1Char(','));
}

/// The owned ReplicaSets by revision.
std::map<int, QJsonObject> revisionsOf(const QJsonObject &deployment, const QJsonObject &rsList)
{
    std::map<int, QJsonObject> out;
    const QString uid = uidOf(deployment);
    const QJsonArray items = rsList.value(QLatin1String("items")).toArray();
    for (const QJsonValue &v : items) {
        const QJsonObject rs = v.toObject();
        if (!controlledBy(rs, uid))
            continue;
        const int revision = annotationsOf(rs).value(QLatin1String("deployment.kubernetes.io/revision")).toString().toInt();
        if (revision > 0)
            out[revision] = rs;
    }
    return out;
}

QStringList imagesOf(const QJsonObject &templ)
{
    QStringList out;
    const QJsonArray containers = templ.value(QLatin1String("spec")).toObject().value(QLatin1String("containers")).toArray();
    for (const QJsonValue &v : containers) {
        const QJsonObject c = v.toObject();
        out.append(c.value(QLatin1String("name")).toString() + QLatin1Char('=') + c.value(QLatin1String("image")).toString());
    }
    return out;
}

} // namespace

KubeActions::KubeActions(KubeClient *client, QObject *parent) : QObject(parent), m_client(client) {}

QString KubeActions::deploymentPath(const QString &name) const
{
    return m_client->collectionPath(Models::KubeKind::Deployment) + QLatin1Char('/')
        + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QJsonObject KubeActions::summarize(const QJsonObject &deployment)
{
    const QJsonObject spec = deployment.value(QLatin1String("spec")).toObject();
    QJsonObject images;
    const QJsonArray containers =
        spec.value(QLatin1String("template")).toObject().value(QLatin1String("spec")).toObject().value(QLatin1String("containers")).toArray();
    for (const QJsonValue &v : containers)
        images.insert(v.toObject().value(QLatin1String("name")).toString(), v.toObject().value(QLatin1String("image")));
    return QJsonObject{
        {QStringLiteral("images"), images},
        {QStringLiteral("replicas"), spec.value(QLatin1String("replicas")).toInt(1)},
        {QStringLiteral("paused"), spec.value(QLatin1String("paused")).toBool()},
        {QStringLiteral("revision"),
         annotationsOf(deployment).value(QLatin1String("deployment.kubernetes.io/revision")).toString().toInt()},
        {QStringLiteral("generation"), deployment.value(QLatin1String("metadata")).toObject().value(QLatin1String("generation"))},
    };
}

namespace {

/// GET the deployment, decide on the client, PATCH: the shape of pause, resume, restart, set image.
struct PatchStep
{
    QString action;
    QByteArray fieldManager;
    /// Returns the patch body, or an error message (nothing is sent).
    std::function<Models::Result<QByteArray>(const QJsonObject &deployment)> body;
    QString doneText; ///< "%1" = deployment name
};

void getThenPatch(KubeClient *client, const QString &path, const QString &name, const PatchStep &step,
                  const OutcomePromise &promise)
{
    client->request("GET", path, {}, {}, {}, [client, path, name, step, promise](const KubeResponse &got) {
        if (!got.ok()) {
            finish(promise, Outcome::failure(serverError(got)));
            return;
        }
        const QJsonObject before = parseObject(got.body);
        const Models::Result<QByteArray> body = step.body(before);
        if (!body) {
            finish(promise, Outcome(body.error()));
            return;
        }
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("fieldManager"), QString::fromLatin1(step.fieldManager));
        client->request("PATCH", path, query, body.value(), "application/strategic-merge-patch+json",
                        [client, name, step, before, promise](const KubeResponse &patched) {
                            if (!patched.ok()) {
                                finish(promise, Outcome::failure(serverError(patched)));
                                return;
                            }
                            KubeActionOutcome outcome;
                            outcome.action = step.action;
                            outcome.deployment = name;
                            outcome.namespaceName = client->namespaceName();
                            outcome.summary = step.doneText.arg(name);
                            outcome.before = KubeActions::summarize(before);
                            outcome.after = KubeActions::summarize(parseObject(patched.body));
                            finish(promise, Outcome(outcome));
                        });
    });
}

bool pausedOf(const QJsonObject &deployment)
{
    return deployment.value(QLatin1String("spec")).toObject().value(QLatin1String("paused")).toBool();
}

} // namespace

QFuture<Outcome> KubeActions::pause(const QString &deployment)
{
    auto promise = newPromise<Outcome>();
    PatchStep step{QStringLiteral("pause"), "kubectl-rollout",
                   [deployment](const QJsonObject &d) -> Models::Result<QByteArray> {
                       if (pausedOf(d))
                           return Models::Result<QByteArray>::failure(
                               tr("deployments.apps \"%1\" is already paused").arg(deployment));
                       return QByteArray(R"({"spec":{"paused":true}})");
                   },
                   tr("deployment.apps/%1 paused")};
    getThenPatch(m_client, deploymentPath(deployment), deployment, step, promise);
    return promise->future();
}

QFuture<Outcome> KubeActions::resume(const QString &deployment)
{
    auto promise = newPromise<Outcome>();
    PatchStep step{QStringLiteral("resume"), "kubectl-rollout",
                   [deployment](const QJsonObject &d) -> Models::Result<QByteArray> {
                       if (!pausedOf(d))
                           return Models::Result<QByteArray>::failure(
                               tr("deployments.apps \"%1\" is not paused").arg(deployment));
                       return QByteArray(R"({"spec":{"paused":null}})");
                   },
                   tr("deployment.apps/%1 resumed")};
    getThenPatch(m_client, deploymentPath(deployment), deployment, step, promise);
    return promise->future();
}

QFuture<Outcome> KubeActions::restart(const QString &deployment)
{
    auto promise = newPromise<Outcome>();
    PatchStep step{QStringLiteral("restart"), "kubectl-rollout",
                   [deployment](const QJsonObject &d) -> Models::Result<QByteArray> {
                       if (pausedOf(d))
                           return Models::Result<QByteArray>::failure(
                               tr("deployments.apps \"%1\" can't restart paused deployment (run rollout resume first)")
                                   .arg(deployment));
                       const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
                       const QJsonObject body{
                           {QStringLiteral("spec"),
                            QJsonObject{{QStringLiteral("template"),
                                         QJsonObject{{QStringLiteral("metadata"),
                                                      QJsonObject{{QStringLiteral("annotations"),
                                                                   QJsonObject{{QStringLiteral("kubectl.kubernetes.io/restartedAt"),
                                                                                now}}}}}}}}}};
                       return compact(body);
                   },
                   tr("deployment.apps/%1 restarted")};
    getThenPatch(m_client, deploymentPath(deployment), deployment, step, promise);
    return promise->future();
}

QFuture<Outcome> KubeActions::setImage(const QString &deployment, const QString &container, const QString &image)
{
    auto promise = newPromise<Outcome>();
    PatchStep step{QStringLiteral("set-image"), "kubectl-set",
                   [container, image](const QJsonObject &d) -> Models::Result<QByteArray> {
                       const QJsonArray containers = d.value(QLatin1String("spec"))
                                                         .toObject()
                                                         .value(QLatin1String("template"))
                                                         .toObject()
                                                         .value(QLatin1String("spec"))
                                                         .toObject()
                                                         .value(QLatin1String("containers"))
                                                         .toArray();
                       QJsonArray order;
                       bool found = false;
                       for (const QJsonValue &v : containers) {
                           const QString name = v.toObject().value(QLatin1String("name")).toString();
                           order.append(QJsonObject{{QStringLiteral("name"), name}});
                           found = found || name == container;
                       }
                       if (!found)
                           return Models::Result<QByteArray>::failure(
                               tr("unable to find container named \"%1\"").arg(container));
                       const QJsonObject podSpec{
                           {QStringLiteral("$setElementOrder/containers"), order},
                           {QStringLiteral("containers"),
                            QJsonArray{QJsonObject{{QStringLiteral("image"), image}, {QStringLiteral("name"), container}}}}};
                       const QJsonObject body{
                           {QStringLiteral("spec"),
                            QJsonObject{{QStringLiteral("template"), QJsonObject{{QStringLiteral("spec"), podSpec}}}}}};
                       return compact(body);
                   },
                   tr("deployment.apps/%1 image updated")};
    getThenPatch(m_client, deploymentPath(deployment), deployment, step, promise);
    return promise->future();
}

namespace {

/// kubectl's --current-replicas: read the Scale, check, PUT it back whole (its
/// resourceVersion makes a concurrent change a 409, which is read and checked again).
template<typename Done>
void checkedScale(QPointer<KubeClient> client, const QString &scalePath, int replicas, int expectCurrent,
                  const QJsonObject &before, const OutcomePromise &promise, Done done, int attempts)
{
    client->request("GET", scalePath, {}, {}, {},
                    [client, scalePath, replicas, expectCurrent, promise, before, done, attempts](const KubeResponse &s) {
        if (!s.ok() || !client) {
            finish(promise, Outcome::failure(serverError(s)));
            return;
        }
        QJsonObject scaleObject = parseObject(s.body);
        QJsonObject spec = scaleObject.value(QLatin1String("spec")).toObject();
        const int current = spec.value(QLatin1String("replicas")).toInt();
        if (current != expectCurrent) {
            finish(promise, Outcome::failure(KubeActions::tr("Expected replicas to be %1, was %2").arg(expectCurrent).arg(current)));
            return;
        }
        spec.insert(QStringLiteral("replicas"), replicas);
        scaleObject.insert(QStringLiteral("spec"), spec);
        client->request("PUT", scalePath, {}, compact(scaleObject), {},
                        [client, scalePath, replicas, expectCurrent, promise, before, done, attempts](const KubeResponse &r) {
            if (r.httpStatus == 409 && attempts > 1 && client) {
                checkedScale(client, scalePath, replicas, expectCurrent, before, promise, done, attempts - 1);
                return;
            }
            done(before, r);
        });
    });
}

} // namespace

QFuture<Outcome> KubeActions::scale(const QString &deployment, int replicas, int expectCurrent)
{
    auto promise = newPromise<Outcome>();
    const QString path = deploymentPath(deployment);
    const QString scalePath = path + QStringLiteral("/scale");
    QPointer<KubeClient> client = m_client;
    auto done = [client, deployment, replicas, promise](const QJsonObject &before, const KubeResponse &r) {
        if (!r.ok()) {
            finish(promise, Outcome::failure(serverError(r)));
            return;
        }
        KubeActionOutcome outcome;
        outcome.action = QStringLiteral("scale");
        outcome.deployment = deployment;
        outcome.namespaceName = client ? client->namespaceName() : QString();
        outcome.summary = tr("deployment.apps/%1 scaled").arg(deployment);
        outcome.before = summarize(before);
        outcome.after = QJsonObject{{QStringLiteral("replicas"), replicas}};
        finish(promise, Outcome(outcome));
    };
    m_client->request("GET", path, {}, {}, {}, [client, scalePath, replicas, expectCurrent, promise, done](const KubeResponse &got) {
        if (!got.ok() || !client) {
            finish(promise, Outcome::failure(serverError(got)));
            return;
        }
        const QJsonObject before = parseObject(got.body);
        if (expectCurrent < 0) {
            client->request("PATCH", scalePath, {}, compact(QJsonObject{{QStringLiteral("spec"), QJsonObject{{QStringLiteral("replicas"), replicas}}}}),
                            "application/merge-patch+json",
                            [before, done](const KubeResponse &r) { done(before, r); });
            return;
        }
        checkedScale(client, scalePath, replicas, expectCurrent, before, promise, done, 5);
    });
    return promise->future();
}

QFuture<Models::Result<QList<KubeRevision>>> KubeActions::history(const QString &deployment)
{
    using HistoryResult = Models::Result<QList<KubeRevision>>;
    auto promise = newPromise<HistoryResult>();
    QPointer<KubeClient> client = m_client;
    const QString rsPath = m_client->collectionPath(Models::KubeKind::ReplicaSet);
    m_client->request("GET", deploymentPath(deployment), {}, {}, {}, [client, rsPath, promise](const KubeResponse &got) {
        if (!got.ok() || !client) {
            finish(promise, HistoryResult::failure(serverError(got)));
            return;
        }
        const QJsonObject d = parseObject(got.body);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("labelSelector"), selectorOf(d));
        client->request("GET", rsPath, query, {}, {}, [d, promise](const KubeResponse &list) {
            if (!list.ok()) {
                finish(promise, HistoryResult::failure(serverError(list)));
                return;
            }
            QList<KubeRevision> out;
            for (const auto &[revision, rs] : revisionsOf(d, parseObject(list.body))) {
                KubeRevision r;
                r.revision = revision;
                r.replicaSet = rs.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
                r.changeCause = annotationsOf(rs).value(QLatin1String("kubernetes.io/change-cause")).toString();
                r.images = imagesOf(rs.value(QLatin1String("spec")).toObject().value(QLatin1String("template")).toObject());
                out.append(r);
            }
            finish(promise, HistoryResult(out));
        });
    });
    return promise->future();
}

QFuture<Outcome> KubeActions::undo(const QString &deployment, int toRevision)
{
    auto promise = newPromise<Outcome>();
    QPointer<KubeClient> client = m_client;
    const QString path = deploymentPath(deployment);
    const QString rsPath = m_client->collectionPath(Models::KubeKind::ReplicaSet);
    m_client->request("GET", path, {}, {}, {}, [client, path, rsPath, deployment, toRevision, promise](const KubeResponse &got) {
        if (!got.ok() || !client) {
            finish(promise, Outcome::failure(serverError(got)));
            return;
        }
        const QJsonObject d = parseObject(got.body);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("labelSelector"), selectorOf(d));
        client->request("GET", rsPath, query, {}, {}, [client, path, deployment, toRevision, promise, d](const KubeResponse &list) {
            if (!list.ok() || !client) {
                finish(promise, Outcome::failure(serverError(list)));
                return;
            }
            if (pausedOf(d)) {
                finish(promise, Outcome::failure(tr("you cannot rollback a paused deployment; resume it first with "
                                                    "'kubectl rollout resume' and try again")));
                return;
            }
            const std::map<int, QJsonObject> revisions = revisionsOf(d, parseObject(list.body));
            if (revisions.empty()) {
                finish(promise, Outcome::failure(tr("no rollout history found for deployment \"%1\"").arg(deployment)));
                return;
            }
            int target = toRevision;
            if (target == 0) {
                if (revisions.size() < 2) {
                    finish(promise, Outcome::failure(tr("no last revision to roll back to")));
                    return;
                }
                target = std::prev(revisions.end(), 2)->first;
            }
            const auto it = revisions.find(target);
            if (it == revisions.end()) {
                finish(promise, Outcome::failure(tr("unable to find specified revision %1 in history").arg(target)));
                return;
            }
            const QJsonObject rs = it->second;
            const QJsonObject rsTemplate =
                normalizedTemplate(rs.value(QLatin1String("spec")).toObject().value(QLatin1String("template")).toObject());
            const QJsonObject current =
                normalizedTemplate(d.value(QLatin1String("spec")).toObject().value(QLatin1String("template")).toObject());
            KubeActionOutcome outcome;
            outcome.action = QStringLiteral("undo");
            outcome.deployment = deployment;
            outcome.namespaceName = client->namespaceName();
            outcome.before = summarize(d);
            if (rsTemplate == current) {
                outcome.changed = false;
                outcome.after = outcome.before;
                outcome.summary = tr("deployment.apps/%1 skipped rollback (current template already matches revision %2)")
                                      .arg(deployment)
                                      .arg(target);
                finish(promise, Outcome(outcome));
                return;
            }
            QJsonObject annotations;
            const QJsonObject rsAnnotations = annotationsOf(rs);
            for (auto a = rsAnnotations.begin(); a != rsAnnotations.end(); ++a) {
                if (!isSkippedAnnotation(a.key()))
                    annotations.insert(a.key(), a.value());
            }
            const QJsonObject dAnnotations = annotationsOf(d);
            for (auto a = dAnnotations.begin(); a != dAnnotations.end(); ++a) {
                if (isSkippedAnnotation(a.key()))
                    annotations.insert(a.key(), a.value());
            }
            const QJsonArray patch{
                QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                            {QStringLiteral("path"), QStringLiteral("/spec/template")},
                            {QStringLiteral("value"), rsTemplate}},
                QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                            {QStringLiteral("path"), QStringLiteral("/metadata/annotations")},
                            {QStringLiteral("value"), annotations}}};
            client->request("PATCH", path, {}, compact(patch), "application/json-patch+json",
                            [outcome, promise, deployment](const KubeResponse &patched) mutable {
                                if (!patched.ok()) {
                                    finish(promise, Outcome::failure(serverError(patched)));
                                    return;
                                }
                                outcome.after = summarize(parseObject(patched.body));
                                outcome.summary = tr("deployment.apps/%1 rolled back").arg(deployment);
                                finish(promise, Outcome(outcome));
                            });
        });
    });
    return promise->future();
}

} // namespace Gatehouse::Services
