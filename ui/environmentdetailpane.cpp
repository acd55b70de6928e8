#include "environmentdetailpane.h"

#include "detailstyle.h"
#include "emptystate.h"

#include "plural.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Gatehouse::Ui {

using namespace Gatehouse::Models;

namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding:2px 12px 2px 0; white-space:nowrap'><b>") + label.toHtmlEscaped()
        + QStringLiteral("</b></td><td style='padding:2px 0'>") + value + QStringLiteral("</td></tr>");
}

QString tierText(Tier tier)
{
    switch (tier) {
    case Tier::Production:
        return EnvironmentDetailPane::tr("Production");
    case Tier::Staging:
        return EnvironmentDetailPane::tr("Staging");
    case Tier::Development:
        return EnvironmentDetailPane::tr("Development");
    }
    return {};
}

QString hostingText(Hosting hosting)
{
    switch (hosting) {
    case Hosting::MultiTenant:
        return EnvironmentDetailPane::tr("Multi-tenant");
    case Hosting::Dedicated:
        return EnvironmentDetailPane::tr("Dedicated");
    }
    return {};
}

// A link when set; a user:password part of the URL is never shown.
QString urlOrNone(const QUrl &url)
{
    if (url.isEmpty())
        return EnvironmentDetailPane::tr("not configured").toHtmlEscaped();
    const QUrl safe = url.adjusted(QUrl::RemoveUserInfo);
    const QString text = safe.toDisplayString();
    return QStringLiteral("<a href=\"") + safe.toString(QUrl::FullyEncoded).toHtmlEscaped() + QStringLiteral("\">")
        + text.toHtmlEscaped() + QStringLiteral("</a>");
}

QStandardItem *item(const QString &text, const QVariant &sortKey)
{
    auto *cell = new QStandardItem(text);
    cell->setEditable(false);
    cell->setData(sortKey, EnvironmentDetailPane::SortRole);
    return cell;
}

} // namespace

EnvironmentDetailPane::EnvironmentDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_workloadsHeader(new QLabel(this))
    , m_workloadsView(new QTableView(this))
    , m_workloadsModel(new QStandardItemModel(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("environmentDetail"));
    QVBoxLayout *layout = DetailStyle::buildPane(
        this, {m_stack, m_empty, m_title, m_subtitle, m_facts}, QStringLiteral("environment"),
        tr("No environment selected"), tr("Select an environment to see its workloads, database and monitoring."));
    m_facts->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_facts->setOpenExternalLinks(true);

    layout->addSpacing(6);
    QFont headerFont = m_workloadsHeader->font();
    headerFont.setBold(true);
    m_workloadsHeader->setFont(headerFont);
    m_workloadsHeader->setBuddy(m_workloadsView);
    layout->addWidget(m_workloadsHeader);

    m_workloadsModel->setHorizontalHeaderLabels(
        {tr("Workload"), tr("Kind"), tr("Image"), tr("Replicas"), tr("Integrations")});
    m_workloadsModel->setSortRole(SortRole);
    m_workloadsView->setObjectName(QStringLiteral("environmentWorkloads"));
    m_workloadsView->setModel(m_workloadsModel);
    m_workloadsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_workloadsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_workloadsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_workloadsView->setAlternatingRowColors(true);
    m_workloadsView->setWordWrap(false);
    m_workloadsView->setTextElideMode(Qt::ElideRight);
    m_workloadsView->verticalHeader()->hide();
    m_workloadsView->verticalHeader()->setDefaultSectionSize(m_workloadsView->fontMetrics().height() + 10);
    m_workloadsView->horizontalHeader()->setStretchLastSection(true);
    m_workloadsView->horizontalHeader()->setHighlightSections(false);
    m_workloadsView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_workloadsView->setColumnWidth(NameColumn, 160);
    m_workloadsView->setColumnWidth(KindColumn, 125);
    m_workloadsView->setColumnWidth(ImageColumn, 190);
    m_workloadsView->setColumnWidth(ReplicasColumn, 65);
    m_workloadsView->setSortingEnabled(true);
    m_workloadsView->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_workloadsView->setToolTip(tr("Press Enter or double-click to show the integration a workload runs."));
    layout->addWidget(m_workloadsView, 1);
    connect(m_workloadsView, &QAbstractItemView::activated, this, &EnvironmentDetailPane::activateWorkload);
}

void EnvironmentDetailPane::showEnvironment(const EstatePtr &estate, const QString &name)
{
    const Environment *env = estate && !name.isEmpty() ? estate->environment(name) : nullptr;
    m_workloadsModel->removeRows(0, m_workloadsModel->rowCount());
    if (!env) {
        m_estate.reset();
        m_name.clear();
        m_stack->setCurrentIndex(0);
        return;
    }
    m_estate = estate;
    m_name = name;

    m_title->setText(env->displayName.isEmpty() ? env->name : env->displayName);
    m_subtitle->setText(tr("%1 environment, %2 hosting").arg(tierText(env->tier), hostingText(env->hosting).toLower()));

    QStringList sites;
    for (const QString &siteName : env->sites) {
        const Site *site = estate->site(siteName);
        if (!site) {
            sites.append(siteName.toHtmlEscaped());
            continue;
        }
        const QString zone = site->timeZone.isEmpty() ? estate->defaultTimeZone : site->timeZone;
        sites.append((site->displayName.isEmpty() ? site->name : site->displayName).toHtmlEscaped()
                     + QStringLiteral(" <i>(") + zone.toHtmlEscaped() + QStringLiteral(")</i>"));
    }

    const DatabaseEndpoint &db = env->odooDatabase;
    QString html = QStringLiteral("<table>");
    html += row(tr("Name"), env->name.toHtmlEscaped());
    html += row(tr("Tier"), tierText(env->tier).toHtmlEscaped());
    html += row(tr("Hosting"), hostingText(env->hosting).toHtmlEscaped());
    html += row(tr("Sites served"), sites.isEmpty() ? tr("none").toHtmlEscaped() : sites.join(QStringLiteral("<br>")));
    html += row(tr("Kubernetes"),
                tr("context %1, namespace %2")
                    .arg(env->kubeContext.isEmpty() ? tr("(current)") : env->kubeContext,
                         env->kubeNamespace.isEmpty() ? tr("(default)") : env->kubeNamespace)
                    .toHtmlEscaped());
    if (db.host.isEmpty() && db.name.isEmpty()) {
        html += row(tr("Odoo database"), tr("not configured").toHtmlEscaped());
    } else {
        html += row(tr("Odoo database"), tr("%1 on %2:%3").arg(db.name, db.host).arg(db.port).toHtmlEscaped());
        html += row(tr("Database user"), db.user.isEmpty() ? tr("not set").toHtmlEscaped() : db.user.toHtmlEscaped());
        if (!db.sslMode.isEmpty())
            html += row(tr("TLS"), tr("sslmode %1").arg(db.sslMode).toHtmlEscaped());
        // Only the reference is ever known here; the secret stays in the keychain.
        html += row(tr("Database password"),
                    db.passwordRef.isEmpty() ? tr("none").toHtmlEscaped()
                                             : tr("stored in the keychain as %1").arg(db.passwordRef).toHtmlEscaped());
    }
    html += row(tr("Prometheus"), urlOrNone(env->prometheusUrl));
    html += row(tr("Alertmanager"), urlOrNone(env->alertmanagerUrl));
    html += row(tr("Defined in"), env->location.toString().toHtmlEscaped());
    html += QStringLiteral("</table>");
    m_facts->setText(html);

    int replicas = 0;
    for (const Workload &w : env->workloads) {
        QList<QStandardItem *> cells(ColumnCount);
        cells[NameColumn] = item(w.name, w.name);
        cells[NameColumn]->setData(w.name, NameRole);
        cells[NameColumn]->setData(w.integrations, IntegrationsRole);
        cells[NameColumn]->setToolTip(w.location.toString());
        cells[KindColumn] = item(w.kind, w.kind);
        // Repository and tag say which build runs; the registry host is in the tooltip.
        cells[ImageColumn] = item(w.image.section(QLatin1Char('/'), -1), w.image);
        cells[ImageColumn]->setToolTip(w.image);
        cells[ReplicasColumn] = item(QString::number(w.replicas), w.replicas);
        cells[ReplicasColumn]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        cells[IntegrationsColumn] = item(w.integrations.join(QStringLiteral(", ")),
                                         w.integrations.join(QLatin1Char(',')));
        cells[IntegrationsColumn]->setToolTip(w.integrations.join(QLatin1Char('\n')));
        m_workloadsModel->appendRow(cells);
        replicas += w.replicas;
    }
    const QHeaderView *header = m_workloadsView->horizontalHeader();
    m_workloadsModel->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    const int count = int(env->workloads.size());
    m_workloadsHeader->setText(plural(tr("&Workloads (%n)", nullptr, count), count) + QStringLiteral(" · ")
                               + plural(tr("%n replica(s) in all", nullptr, replicas), replicas));
    m_stack->setCurrentIndex(1);
}

void EnvironmentDetailPane::activateWorkload(const QModelIndex &index)
{
    if (!index.isValid() || !m_estate)
        return;
    const QModelIndex nameIndex = index.siblingAtColumn(NameColumn);
    const QString workload = nameIndex.data(NameRole).toString();
    const QStringList integrations = nameIndex.data(IntegrationsRole).toStringList();
    if (integrations.contains(workload) && m_estate->integration(workload)) {
        Q_EMIT integrationActivated(workload);
        return;
    }
    for (const QString &name : integrations) {
        if (m_estate->integration(name)) {
            Q_EMIT integrationActivated(name);
            return;
        }
    }
}

} // namespace Gatehouse::Ui
