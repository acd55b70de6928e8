#include "rolloutdetailview.h"

#include "cachedtextdelegate.h"
#include "plural.h"

#include "detailstyle.h"
#include "emptystate.h"
#include "rolloutbanner.h"
#include "rollouttimelinemodel.h"

#include "models/kubeeventmodel.h"
#include "models/kubestore.h"
#include "models/podmodel.h"
#include "models/replicasetmodel.h"
#include "models/workloadmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextDocument>
#include <QTreeView>
#include <QVBoxLayout>

namespace Gatehouse::Ui {

using namespace Gatehouse::Models;

namespace {

QString factRow(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style='padding:1px 12px 1px 0; white-space:nowrap'><b>") + label.toHtmlEscaped()
        + QStringLiteral("</b></td><td style='padding:1px 0'>") + valueHtml + QStringLiteral("</td></tr>");
}

} // namespace

RolloutDetailView::RolloutDetailView(QWidget *parent) : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    m_empty = new EmptyState(this);
    m_title = new QLabel(this);
    m_subtitle = new QLabel(this);
    m_facts = new QLabel(this);
    QVBoxLayout *layout = DetailStyle::buildPane(this, {m_stack, m_empty, m_title, m_subtitle, m_facts},
                                                 QStringLiteral("rollout"), tr("No workload selected"),
                                                 tr("Select a workload to see its revisions, pods, events and "
                                                    "rollout timeline, and to act on it."));

    auto *actions = new QHBoxLayout;
    actions->setSpacing(6);
    for (RolloutAction action : RolloutActions::all()) {
        auto *button = new QPushButton(RolloutActions::title(action), this);
        button->setObjectName(QStringLiteral("action-") + RolloutActions::auditName(action));
        connect(button, &QPushButton::clicked, this, [this, action] { Q_EMIT actionRequested(action); });
        actions->addWidget(button);
        m_buttons.insert(int(action), button);
    }
    actions->addStretch(1);
    layout->addLayout(actions);
    // A line kept for the note even when there is none: the note comes and goes with the
    // connection (and with every workload selected), and the pane, facts and tabs would be
    // laid out again each time.
    m_actionNote = new RolloutBanner(this, true);
    m_actionNote->label()->setObjectName(QStringLiteral("actionNoteLabel"));
    m_actionNote->label()->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_actionNote);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("rolloutTabs"));
    m_replicaSets = new ReplicaSetModel(this);
    m_pods = new PodModel(this);
    m_events = new KubeEventModel(this);
    m_timeline = new RolloutTimelineModel(this);
    // Nothing selected shows nothing: no namespace-wide scan, and no proxy sorting
    // every pod of the namespace when the page opens.
    m_replicaSets->setShowNone(true);
    m_pods->setShowNone(true);
    m_events->setShowNone(true);

    QTreeView *rsView = makeView(QStringLiteral("replicaSetView"));
    auto *rsSort = new QSortFilterProxyModel(this);
    rsSort->setSourceModel(m_replicaSets);
    rsSort->setSortRole(ReplicaSetModel::RevisionRole);
    rsView->setModel(rsSort);
    rsView->sortByColumn(ReplicaSetModel::RevisionColumn, Qt::DescendingOrder);
    m_tabs->addTab(rsView, tr("Revisions"));

    QTreeView *podView = makeView(QStringLiteral("podView"));
    auto *podSort = new QSortFilterProxyModel(this);
    podSort->setSourceModel(m_pods);
    podView->setModel(podSort);
    podView->sortByColumn(PodModel::NameColumn, Qt::AscendingOrder);
    m_tabs->addTab(podView, tr("Pods"));

    QTreeView *eventView = makeView(QStringLiteral("eventView"));
    auto *eventSort = new QSortFilterProxyModel(this);
    eventSort->setSourceModel(m_events);
    eventSort->setSortRole(KubeEventModel::LastSeenRole);
    eventView->setModel(eventSort);
    eventView->sortByColumn(KubeEventModel::LastSeenColumn, Qt::DescendingOrder);
    m_tabs->addTab(eventView, tr("Events"));

    QTreeView *timelineView = makeView(QStringLiteral("timelineView"));
    timelineView->setModel(m_timeline);
    timelineView->setSortingEnabled(false);
    m_tabs->addTab(timelineView, tr("Timeline"));
    layout->addWidget(m_tabs, 1);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(100);
    connect(&m_refreshTimer, &QTimer::timeout, this, &RolloutDetailView::refresh);
    refresh();
}

RolloutDetailView::~RolloutDetailView() = default;

QTreeView *RolloutDetailView::makeView(const QString &name)
{
    auto *view = new QTreeView(this);
    view->setObjectName(name);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true); // thousands of pods: row heights never measured per row
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->header()->setStretchLastSection(true);
    view->setItemDelegate(new CachedTextDelegate(view));
    return view;
}

void RolloutDetailView::setStore(KubeStore *store)
{
    if (m_store == store)
        return;
    if (m_storeConnection)
        disconnect(m_storeConnection);
    m_store = store;
    if (store) {
        m_storeConnection = connect(store, &KubeStore::objectsChanged, this, [this](KubeKind kind, const QStringList &names) {
            if (m_deployment.isEmpty() || m_refreshTimer.isActive())
                return;
            if (kind == KubeKind::Deployment && names.contains(m_deployment)) {
                m_refreshTimer.start();
                return;
            }
            if (kind != KubeKind::ReplicaSet)
                return;
            // Its revisions count for the actions; other workloads' ReplicaSets do not.
            for (const QString &name : names) {
                const KubeReplicaSet *rs = m_store->replicaSet(name);
                if (!rs || rs->meta.ownerName == m_deployment) {
                    m_refreshTimer.start();
                    return;
                }
            }
        });
    }
    m_replicaSets->setStore(store);
    m_pods->setStore(store);
    m_events->setStore(store);
    m_timeline->setSource(store, m_deployment);
    refresh();
}

void RolloutDetailView::setDeployment(const QString &deployment)
{
    if (m_deployment == deployment)
        return;
    m_deployment = deployment;
    // An empty filter means "everything" in these models; they show nothing instead (and
    // are narrowed first, so that only the workload's own objects are ever sorted).
    const bool none = deployment.isEmpty();
    if (!none) {
        m_replicaSets->setDeployment(deployment);
        m_pods->setDeployment(deployment);
        m_events->setDeployment(deployment);
    }
    m_replicaSets->setShowNone(none);
    m_pods->setShowNone(none);
    m_events->setShowNone(none);
    m_timeline->setSource(m_store, deployment);
    refresh();
    // Another workload: the note's space fits its text again (the pane is laid out anyway).
    m_actionNote->releaseHeight();
}

void RolloutDetailView::setActionsAvailable(bool available, const QString &reason)
{
    m_actionsAvailable = available;
    m_unavailableReason = reason;
    refresh();
}

QPushButton *RolloutDetailView::actionButton(RolloutAction action) const
{
    return m_buttons.value(int(action));
}

QString RolloutDetailView::disabledReason(RolloutAction action) const
{
    return m_disabledReasons.value(int(action));
}

QString RolloutDetailView::factsText() const
{
    QTextDocument doc;
    doc.setHtml(m_facts->text());
    return m_subtitle->text() + QLatin1Char('\n') + doc.toPlainText();
}

void RolloutDetailView::refresh()
{
    const KubeDeployment *d = m_store && !m_deployment.isEmpty() ? m_store->deployment(m_deployment) : nullptr;
    if (!d) {
        m_stack->setCurrentIndex(0);
        for (QPushButton *b : std::as_const(m_buttons))
            b->setEnabled(false);
        return;
    }
    m_stack->setCurrentIndex(1);
    m_title->setText(d->meta.name);
    m_subtitle->setText(plural(tr("Revision %1 · %2 · %3 of %n replica(s) ready, %4 up to date, %5 available", nullptr, d->replicas), d->replicas)
                            .arg(d->revision)
                            .arg(WorkloadModel::statusText(*d))
                            .arg(d->readyReplicas)
                            .arg(d->updatedReplicas)
                            .arg(d->availableReplicas));

    QString html = QStringLiteral("<table>");
    QStringList images;
    for (const KubeContainer &c : d->containers)
        images.append(QString(c.name + QStringLiteral(": ") + c.image).toHtmlEscaped());
    html += factRow(tr("Images"), images.join(QStringLiteral("<br>")));
    QString strategy = d->strategy;
    if (d->strategy == QLatin1String("RollingUpdate"))
        strategy += tr(" (max surge %1, max unavailable %2)")
                        .arg(d->maxSurge.isEmpty() ? QStringLiteral("25%") : d->maxSurge,
                             d->maxUnavailable.isEmpty() ? QStringLiteral("25%") : d->maxUnavailable);
    html += factRow(tr("Strategy"), strategy.toHtmlEscaped());
    html += factRow(tr("Progress deadline"), tr("%1 s").arg(d->progressDeadlineSeconds).toHtmlEscaped());
    if (d->paused)
        html += factRow(tr("Paused"), tr("yes: template changes do not roll out until resumed").toHtmlEscaped());
    if (!d->changeCause.isEmpty())
        html += factRow(tr("Change cause"), d->changeCause.toHtmlEscaped());
    QStringList conditions;
    for (const KubeCondition &c : d->conditions) {
        const bool bad = c.status != QLatin1String("True");
        QString line = QStringLiteral("%1=%2 (%3)").arg(c.type, c.status, c.reason).toHtmlEscaped();
        if (!c.message.isEmpty())
            line += QStringLiteral(": ") + c.message.toHtmlEscaped();
        conditions.append(bad ? QStringLiteral("<span style='color:#c62828'>") + line + QStringLiteral("</span>") : line);
    }
    html += factRow(tr("Conditions"), conditions.isEmpty() ? tr("none reported").toHtmlEscaped()
                                                          : conditions.join(QStringLiteral("<br>")));
    html += QStringLiteral("</table>");
    m_facts->setText(html);

    const int revisions = int(m_store->replicaSetsOf(m_deployment).size());
    QStringList notes;
    m_disabledReasons.clear();
    for (RolloutAction action : RolloutActions::all()) {
        QString why = m_actionsAvailable ? RolloutActions::refusal(action, *d, revisions) : m_unavailableReason;
        QPushButton *button = m_buttons.value(int(action));
        button->setEnabled(why.isEmpty());
        button->setToolTip(why);
        if (!why.isEmpty()) {
            m_disabledReasons.insert(int(action), why);
            if (m_actionsAvailable)
                notes.append(RolloutActions::title(action).remove(QChar(0x2026)) + QStringLiteral(": ") + why);
        }
    }
    if (!m_actionsAvailable && !m_unavailableReason.isEmpty())
        notes = QStringList{tr("Actions are unavailable: %1").arg(m_unavailableReason)};
    m_actionNote->setText(notes.join(QStringLiteral("  ·  ")));
}

} // namespace Gatehouse::Ui
