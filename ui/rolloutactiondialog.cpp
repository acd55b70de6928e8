#include "rolloutactiondialog.h"

#include "plural.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace Gatehouse::Ui {

using namespace Gatehouse::Models;

namespace {

QString okText(RolloutAction action)
{
    switch (action) {
    case RolloutAction::SetImage:
        return RolloutActionDialog::tr("Set image");
    case RolloutAction::Pause:
        return RolloutActionDialog::tr("Pause rollout");
    case RolloutAction::Resume:
        return RolloutActionDialog::tr("Resume rollout");
    case RolloutAction::Restart:
        return RolloutActionDialog::tr("Restart");
    case RolloutAction::RollBack:
        return RolloutActionDialog::tr("Roll back");
    case RolloutAction::Scale:
        return RolloutActionDialog::tr("Scale");
    }
    return {};
}

QString headingText(RolloutAction action, const QString &deployment, const QString &environment)
{
    switch (action) {
    case RolloutAction::SetImage:
        return RolloutActionDialog::tr("Set a new image on %1 in %2").arg(deployment, environment);
    case RolloutAction::Pause:
        return RolloutActionDialog::tr("Pause the rollout of %1 in %2").arg(deployment, environment);
    case RolloutAction::Resume:
        return RolloutActionDialog::tr("Resume the rollout of %1 in %2").arg(deployment, environment);
    case RolloutAction::Restart:
        return RolloutActionDialog::tr("Restart %1 in %2").arg(deployment, environment);
    case RolloutAction::RollBack:
        return RolloutActionDialog::tr("Roll back %1 in %2").arg(deployment, environment);
    case RolloutAction::Scale:
        return RolloutActionDialog::tr("Scale %1 in %2").arg(deployment, environment);
    }
    return {};
}

QString imageOf(const QList<KubeContainer> &containers, const QString &name)
{
    for (const KubeContainer &c : containers) {
        if (c.name == name)
            return c.image;
    }
    return {};
}

} // namespace

RolloutActionDialog::RolloutActionDialog(RolloutAction action, const QString &environment,
                                         const QString &environmentDisplayName, const KubeDeployment &deployment,
                                         const QList<KubeReplicaSet> &revisions, const QString &user, QWidget *parent)
    : QDialog(parent),
      m_action(action),
      m_environment(environment),
      m_environmentDisplay(environmentDisplayName),
      m_deployment(deployment),
      m_revisions(revisions)
{
    setObjectName(QStringLiteral("rolloutActionDialog"));
    setWindowTitle(RolloutActions::title(action).remove(QChar(0x2026)));
    std::sort(m_revisions.begin(), m_revisions.end(),
              [](const KubeReplicaSet &a, const KubeReplicaSet &b) { return a.revision > b.revision; });

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(headingText(action, deployment.meta.name, environmentDisplayName), this);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    heading->setFont(bold);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    auto *form = new QFormLayout;
    layout->addLayout(form);
    switch (action) {
    case RolloutAction::SetImage:
        m_container = new QComboBox(this);
        m_container->setObjectName(QStringLiteral("containerCombo"));
        for (const KubeContainer &c : deployment.containers)
            m_container->addItem(c.name, c.name);
        m_image = new QLineEdit(this);
        m_image->setObjectName(QStringLiteral("imageEdit"));
        m_image->setText(deployment.containers.isEmpty() ? QString() : deployment.containers.first().image);
        m_image->setMinimumWidth(420);
        form->addRow(tr("Container:"), m_container);
        form->addRow(tr("New image:"), m_image);
        connect(m_container, &QComboBox::currentIndexChanged, this, [this] {
            m_image->setText(imageOf(m_deployment.containers, m_container->currentData().toString()));
        });
        connect(m_image, &QLineEdit::textChanged, this, &RolloutActionDialog::update);
        break;
    case RolloutAction::RollBack: {
        m_revision = new QComboBox(this);
        m_revision->setObjectName(QStringLiteral("revisionCombo"));
        const int previous = previousRevision();
        if (previous > 0)
            m_revision->addItem(tr("Previous revision (%1)").arg(previous), 0);
        for (const KubeReplicaSet &rs : std::as_const(m_revisions)) {
            QStringList images;
            for (const KubeContainer &c : rs.containers)
                images.append(c.image);
            QString text = tr("Revision %1: %2").arg(rs.revision).arg(images.join(QStringLiteral(", ")));
            if (rs.revision == deployment.revision)
                text += tr(" (current)");
            if (!rs.changeCause.isEmpty())
                text += QStringLiteral(" — ") + rs.changeCause;
            m_revision->addItem(text, rs.revision);
        }
        m_diff = new QLabel(this);
        m_diff->setObjectName(QStringLiteral("diffLabel"));
        m_diff->setTextFormat(Qt::RichText);
        m_diff->setWordWrap(true);
        m_diff->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(tr("Roll back to:"), m_revision);
        form->addRow(tr("Image change:"), m_diff);
        connect(m_revision, &QComboBox::currentIndexChanged, this, &RolloutActionDialog::update);
        break;
    }
    case RolloutAction::Scale:
        m_replicas = new QSpinBox(this);
        m_replicas->setObjectName(QStringLiteral("replicasSpin"));
        m_replicas->setRange(0, 10000);
        m_replicas->setValue(deployment.replicas);
        m_expectCurrent = new QCheckBox(plural(tr("Only if it still has %n replica(s)", nullptr, deployment.replicas), deployment.replicas), this);
        m_expectCurrent->setObjectName(QStringLiteral("expectCurrentCheck"));
        m_expectCurrent->setChecked(true);
        form->addRow(tr("Replicas:"), m_replicas);
        form->addRow(QString(), m_expectCurrent);
        connect(m_replicas, &QSpinBox::valueChanged, this, &RolloutActionDialog::update);
        connect(m_expectCurrent, &QCheckBox::toggled, this, &RolloutActionDialog::update);
        break;
    case RolloutAction::Pause:
    case RolloutAction::Resume:
    case RolloutAction::Restart:
        break;
    }

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setFrameShape(QFrame::StyledPanel);
    m_summary->setMargin(8);
    layout->addWidget(m_summary);

    auto *reasonLabel = new QLabel(tr("Reason (required):"), this);
    layout->addWidget(reasonLabel);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Why is this needed? Recorded in the audit log."));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    reasonLabel->setBuddy(m_reason);
    layout->addWidget(m_reason);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &RolloutActionDialog::update);

    auto *recorded = new QLabel(user.isEmpty()
                                    ? tr("The action, your reason and the deployment before and after are recorded in "
                                         "the audit log.")
                                    : tr("Recorded in the audit log as %1, with your reason and the deployment before "
                                         "and after.")
                                          .arg(user),
                                this);
    recorded->setObjectName(QStringLiteral("recordedLabel"));
    recorded->setWordWrap(true);
    recorded->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(recorded);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText(action));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("confirmButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isComplete())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

int RolloutActionDialog::previousRevision() const
{
    int best = 0;
    for (const KubeReplicaSet &rs : m_revisions) {
        if (rs.revision < m_deployment.revision)
            best = std::max(best, rs.revision);
    }
    return best;
}

int RolloutActionDialog::targetRevision() const
{
    if (!m_revision || m_revision->currentIndex() < 0)
        return 0;
    const int chosen = m_revision->currentData().toInt();
    return chosen == 0 ? previousRevision() : chosen;
}

const KubeReplicaSet *RolloutActionDialog::revision(int number) const
{
    for (const KubeReplicaSet &rs : m_revisions) {
        if (rs.revision == number)
            return &rs;
    }
    return nullptr;
}

QString RolloutActionDialog::imageDiff(int number) const
{
    const KubeReplicaSet *target = revision(number);
    if (!target)
        return tr("Revision %1 is not in the history.").arg(number).toHtmlEscaped();
    QStringList lines;
    for (const KubeContainer &c : target->containers) {
        const QString now = imageOf(m_deployment.containers, c.name);
        if (now == c.image)
            lines.append(tr("%1: %2 (unchanged)").arg(c.name, c.image).toHtmlEscaped());
        else
            lines.append(QStringLiteral("<b>%1</b>: <span style='color:#c62828'>%2</span> → "
                                        "<span style='color:#2e7d32'>%3</span>")
                             .arg(c.name.toHtmlEscaped(), now.isEmpty() ? tr("(none)").toHtmlEscaped() : now.toHtmlEscaped(),
                                  c.image.toHtmlEscaped()));
    }
    return lines.join(QStringLiteral("<br>"));
}

void RolloutActionDialog::update()
{
    const QString name = m_deployment.meta.name;
    QString text;
    bool valid = true;
    switch (m_action) {
    case RolloutAction::SetImage: {
        const QString container = m_container->currentData().toString();
        const QString from = imageOf(m_deployment.containers, container);
        const QString to = m_image->text().trimmed();
        if (to.isEmpty() || to.contains(QLatin1Char(' '))) {
            text = tr("Enter the new image of container %1.").arg(container);
            valid = false;
        } else if (to == from) {
            text = tr("Container %1 of %2 already runs %3: nothing would change.").arg(container, name, to);
            valid = false;
        } else {
            text = tr("Deployment %1 in %2 starts a rollout to a new revision: container %3 changes from %4 to %5. "
                      "New pods replace the old ones step by step (%6, max surge %7, max unavailable %8); the rollout "
                      "must progress within %9 s.")
                       .arg(name, m_environmentDisplay, container, from, to, m_deployment.strategy,
                            m_deployment.maxSurge.isEmpty() ? QStringLiteral("25%") : m_deployment.maxSurge,
                            m_deployment.maxUnavailable.isEmpty() ? QStringLiteral("25%") : m_deployment.maxUnavailable)
                       .arg(m_deployment.progressDeadlineSeconds);
        }
        break;
    }
    case RolloutAction::Pause:
        text = tr("The rollout of %1 in %2 is paused: changes to its pod template are not rolled out until it is "
                  "resumed. Running pods stay as they are; scaling still works. A paused deployment cannot be rolled "
                  "back or restarted.")
                   .arg(name, m_environmentDisplay);
        break;
    case RolloutAction::Resume:
        text = tr("The rollout of %1 in %2 is resumed: any change to its pod template made while it was paused "
                  "rolls out now.")
                   .arg(name, m_environmentDisplay);
        break;
    case RolloutAction::Restart:
        text = plural(tr("All %n pod(s) of %1 in %2 are replaced step by step with new ones running the same images "
                  "(a new revision is created).",
                  nullptr, m_deployment.replicas), m_deployment.replicas)
                   .arg(name, m_environmentDisplay);
        break;
    case RolloutAction::RollBack: {
        const int target = targetRevision();
        if (target <= 0) {
            text = tr("There is no earlier revision to roll back to.");
            valid = false;
            m_diff->clear();
        } else if (target == m_deployment.revision) {
            text = tr("Revision %1 is the current revision of %2: nothing would change.").arg(target).arg(name);
            valid = false;
            m_diff->setText(imageDiff(target));
        } else {
            text = tr("%1 in %2 is rolled back to revision %3: its pod template is replaced by that revision's and "
                      "a rollout starts, which becomes revision %4. The images change as shown.")
                       .arg(name, m_environmentDisplay)
                       .arg(target)
                       .arg(m_deployment.revision + 1);
            m_diff->setText(imageDiff(target));
        }
        break;
    }
    case RolloutAction::Scale: {
        const int to = m_replicas->value();
        if (to == m_deployment.replicas) {
            text = plural(tr("%1 already has %n replica(s): nothing would change.", nullptr, to), to).arg(name);
            valid = false;
        } else {
            text = tr("%1 in %2 is scaled from %3 to %4 replicas.")
                       .arg(name, m_environmentDisplay)
                       .arg(m_deployment.replicas)
                       .arg(to);
            if (m_expectCurrent->isChecked())
                text += QLatin1Char(' ')
                    + tr("Refused if someone changed its replica count in the meantime (it must still be %1).")
                          .arg(m_deployment.replicas);
        }
        break;
    }
    }
    m_summary->setText(text);
    const bool reasonGiven = !m_reason->toPlainText().trimmed().isEmpty();
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(valid && reasonGiven);
    ok->setToolTip(!valid ? text : (reasonGiven ? QString() : tr("Give a reason first.")));
}

bool RolloutActionDialog::isComplete() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

QString RolloutActionDialog::summary() const
{
    return m_summary->text();
}

RolloutActionRequest RolloutActionDialog::request() const
{
    RolloutActionRequest r;
    r.action = m_action;
    r.environment = m_environment;
    r.deployment = m_deployment.meta.name;
    r.reason = m_reason->toPlainText().trimmed();
    if (m_container) {
        r.container = m_container->currentData().toString();
        r.image = m_image->text().trimmed();
    }
    if (m_revision)
        r.toRevision = m_revision->currentData().toInt();
    if (m_replicas) {
        r.replicas = m_replicas->value();
        r.expectReplicas = m_expectCurrent->isChecked() ? m_deployment.replicas : -1;
    }
    return r;
}

void RolloutActionDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

void RolloutActionDialog::setImage(const QString &container, const QString &image)
{
    if (m_container) {
        m_container->setCurrentIndex(m_container->findData(container));
        m_image->setText(image);
    }
}

void RolloutActionDialog::setRevision(int number)
{
    if (m_revision)
        m_revision->setCurrentIndex(m_revision->findData(number));
}

void RolloutActionDialog::setReplicas(int replicas)
{
    if (m_replicas)
        m_replicas->setValue(replicas);
}

} // namespace Gatehouse::Ui
