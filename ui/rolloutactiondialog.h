#pragma once

#include "rolloutaction.h"

#include "models/kubeobjects.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Gatehouse::Ui {

/// The confirmation of one rollout action: the parameters it needs (container and
/// image; revision, with the image diff; replica count), a sentence stating exactly what
/// will happen to which Deployment in which environment, and the reason, which is
/// required and goes to the audit log with the person logged in. OK stays disabled until
/// the input is complete. Does not send anything itself: the caller reads request()
/// after accepted(). UI thread only.
class RolloutActionDialog : public QDialog
{
    Q_OBJECT
public:
    /// `revisions`: the deployment's ReplicaSets (any order). `user`: the control store's
    /// login, shown as who the action is recorded for (may be empty while unknown).
    RolloutActionDialog(RolloutAction action, const QString &environment, const QString &environmentDisplayName,
                        const Models::KubeDeployment &deployment, const QList<Models::KubeReplicaSet> &revisions,
                        const QString &user, QWidget *parent = nullptr);

    RolloutAction action() const { return m_action; }
    /// The action as filled in.
    RolloutActionRequest request() const;
    /// The sentence saying what will happen, as shown.
    QString summary() const;
    /// Whether OK is enabled.
    bool isComplete() const;

    // For tests and keyboard-free automation: the same as typing into the fields.
    void setReason(const QString &reason);
    void setImage(const QString &container, const QString &image);
    /// 0 = the previous revision.
    void setRevision(int revision);
    void setReplicas(int replicas);

private:
    void update();
    int targetRevision() const;
    int previousRevision() const;
    const Models::KubeReplicaSet *revision(int number) const;
    QString imageDiff(int revision) const;

    RolloutAction m_action;
    QString m_environment;
    QString m_environmentDisplay;
    Models::KubeDeployment m_deployment;
    QList<Models::KubeReplicaSet> m_revisions;
    QComboBox *m_container = nullptr;
    QLineEdit *m_image = nullptr;
    QComboBox *m_revision = nullptr;
    QLabel *m_diff = nullptr;
    QSpinBox *m_replicas = nullptr;
    QCheckBox *m_expectCurrent = nullptr;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Gatehouse::Ui
