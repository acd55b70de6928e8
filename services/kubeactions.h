#pragma once

#include "models/result.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Gatehouse::Services {

class KubeClient;

/// What an action did, for the confirmation result and the audit record.
struct KubeActionOutcome
{
    QString action;     ///< "set-image", "pause", "resume", "restart", "undo", "scale"
    QString deployment;
    QString namespaceName;
    QString summary;    ///< as kubectl says it: "deployment.apps/odoo-web image updated"
    /// The deployment before and after: {"images":{container:image}, "replicas", "paused",
    /// "revision", "generation"} ("after" of a scale holds only "replicas").
    QJsonObject before;
    QJsonObject after;
    bool changed = true; ///< false when nothing was sent (undo to the current template)
};

/// One revision of a deployment, from its ReplicaSets (as `kubectl rollout history`).
struct KubeRevision
{
    int revision = 0;
    QString replicaSet;
    QString changeCause;          ///< empty = "<none>"
    QStringList images;           ///< "container=image"
};

/// The rollout actions on a Deployment, sent exactly as kubectl sends them (see
/// kube-api.md section 2): set image and pause/resume/restart as strategic-merge patches
/// with kubectl's field managers, undo as kubectl's JSON patch of template and
/// annotations from the chosen ReplicaSet, scale as a merge patch of the scale
/// subresource (or a read-check-PUT with an expected current count). Checks kubectl
/// makes on the client (already paused, paused rollback, unknown revision, …) fail here
/// with kubectl's message and send nothing.
///
/// Recording in the audit log is the caller's (with user and reason), from the outcome.
/// UI thread; each call returns at once, its QFuture finishes on the UI thread.
class KubeActions : public QObject
{
    Q_OBJECT
public:
    explicit KubeActions(KubeClient *client, QObject *parent = nullptr);

    QFuture<Models::Result<KubeActionOutcome>> setImage(const QString &deployment, const QString &container,
                                                        const QString &image);
    QFuture<Models::Result<KubeActionOutcome>> pause(const QString &deployment);
    QFuture<Models::Result<KubeActionOutcome>> resume(const QString &deployment);
    QFuture<Models::Result<KubeActionOutcome>> restart(const QString &deployment);
    /// Rolls back to `toRevision`, or to the previous revision when 0.
    QFuture<Models::Result<KubeActionOutcome>> undo(const QString &deployment, int toRevision = 0);
    /// Scales to `replicas`; with `expectCurrent` ≥ 0 fails unless the deployment has that many now.
    QFuture<Models::Result<KubeActionOutcome>> scale(const QString &deployment, int replicas, int expectCurrent = -1);
    /// The revision history, oldest first.
    QFuture<Models::Result<QList<KubeRevision>>> history(const QString &deployment);

    /// The before/after summary of a Deployment object (images, replicas, paused, revision, generation).
    static QJsonObject summarize(const QJsonObject &deployment);

private:
    QString deploymentPath(const QString &name) const;

    QPointer<KubeClient> m_client;
};

} // namespace Gatehouse::Services
