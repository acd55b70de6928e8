#include "integrationdetailpane.h"

#include "detailstyle.h"
#include "emptystate.h"

#include "plural.h"

#include "models/impactanalysis.h"
#include "models/impactmodel.h"
#include "models/integrationmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace Gatehouse::Ui {

using namespace Gatehouse::Models;

namespace {

QString dependencyModeText(DependencyMode mode)
{
    switch (mode) {
    case DependencyMode::Sync:
        return IntegrationDetailPane::tr("sync — fails with it");
    case DependencyMode::Async:
        return IntegrationDetailPane::tr("async — degrades");
    case DependencyMode::Batch:
        return IntegrationDetailPane::tr("batch — degrades");
    }
    return {};
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding:2px 12px 2px 0; white-space:nowrap'><b>") + label.toHtmlEscaped()
        + QStringLiteral("</b></td><td style='padding:2px 0'>") + value + QStringLiteral("</td></tr>");
}

QString listOrNone(const QStringList &items)
{
    if (items.isEmpty())
        return IntegrationDetailPane::tr("none").toHtmlEscaped();
    return items.join(QStringLiteral(", ")).toHtmlEscaped();
}

} // namespace

IntegrationDetailPane::IntegrationDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_impactSummary(new QLabel(this))
    , m_impactView(new QTreeView(this))
    , m_impactModel(new ImpactModel(this))
{
    setObjectName(QStringLiteral("integrationDetailPane"));
    QVBoxLayout *layout = DetailStyle::buildPane(
        this, {m_stack, m_empty, m_title, m_subtitle, m_facts}, QStringLiteral("integration"),
        tr("No integration selected"),
        tr("Select an integration to see its owner, dependencies and what it affects when it changes."));
    QWidget *content = layout->parentWidget();

    auto *impactBox = new QWidget(content);
    auto *impactLayout = new QVBoxLayout(impactBox);
    impactLayout->setContentsMargins(0, 6, 0, 0);
    auto *impactHeader = new QLabel(tr("Impact when it changes or breaks"), impactBox);
    QFont headerFont = impactHeader->font();
    headerFont.setBold(true);
    impactHeader->setFont(headerFont);
    impactLayout->addWidget(impactHeader);
    m_impactSummary->setObjectName(QStringLiteral("impactSummary"));
    m_impactSummary->setWordWrap(true);
    impactLayout->addWidget(m_impactSummary);
    m_impactView->setObjectName(QStringLiteral("impactView"));
    m_impactView->setModel(m_impactModel);
    m_impactView->setAlternatingRowColors(true);
    m_impactView->setUniformRowHeights(true);
    m_impactView->setTextElideMode(Qt::ElideMiddle);
    m_impactView->header()->setStretchLastSection(false);
    m_impactView->header()->setSectionResizeMode(ImpactModel::PathColumn, QHeaderView::Stretch);
    m_impactView->header()->setSectionResizeMode(ImpactModel::NameColumn, QHeaderView::Interactive);
    m_impactView->setColumnWidth(ImpactModel::NameColumn, 180);
    m_impactView->setColumnWidth(ImpactModel::EffectColumn, 72);
    m_impactView->setColumnWidth(ImpactModel::ViaColumn, 110);
    m_impactView->header()->moveSection(ImpactModel::ViaColumn, ImpactModel::PathColumn);
    impactLayout->addWidget(m_impactView, 1);
    layout->addWidget(impactBox, 1);
}

void IntegrationDetailPane::showIntegration(const EstatePtr &estate, const ImpactAnalysis *analysis,
                                            const QString &name)
{
    m_name = name;
    const Integration *integration = estate && !name.isEmpty() ? estate->integration(name) : nullptr;
    if (!integration) {
        m_name.clear();
        m_impactModel->setReport({});
        m_stack->setCurrentIndex(0);
        return;
    }

    m_title->setText(integration->displayName.isEmpty() ? integration->name : integration->displayName);
    m_subtitle->setText(integration->description.isEmpty() ? tr("No description.") : integration->description);

    QStringList partners;
    for (const Partner &p : integration->partners)
        partners.append(p.displayName.isEmpty() ? p.name : p.displayName);
    QStringList dependencies;
    for (const Dependency &d : integration->dependencies)
        dependencies.append(d.target.toHtmlEscaped() + QStringLiteral(" <i>(")
                            + dependencyModeText(d.mode).toHtmlEscaped() + QStringLiteral(")</i>"));

    QString html = QStringLiteral("<table>");
    html += row(tr("Name"), integration->name.toHtmlEscaped());
    html += row(tr("Kind"), integration->kind.toHtmlEscaped());
    html += row(tr("Criticality"), IntegrationModel::criticalityText(integration->criticality).toHtmlEscaped());
    html += row(tr("Owner"),
                integration->owner.isEmpty() ? tr("unassigned").toHtmlEscaped() : integration->owner.toHtmlEscaped());
    html += row(tr("Processes"), listOrNone(integration->processes));
    html += row(tr("Partners"), listOrNone(partners));
    html += row(tr("Depends on"),
                dependencies.isEmpty() ? tr("nothing").toHtmlEscaped() : dependencies.join(QStringLiteral("<br>")));
    html += row(tr("Sites"),
                integration->sites.isEmpty() ? tr("every site of its environments").toHtmlEscaped()
                                             : listOrNone(integration->sites));
    if (!integration->odooModule.isEmpty())
        html += row(
            tr("Odoo module"),
            QString(integration->odooModule + QLatin1Char(' ') + integration->moduleVersion).trimmed().toHtmlEscaped());
    html += row(tr("Defined in"), integration->location.toString().toHtmlEscaped());
    html += QStringLiteral("</table>");
    m_facts->setText(html);

    ImpactReport report;
    if (analysis)
        report = analysis->analyse({integration->name});
    m_impactModel->setReport(report);

    int fails = 0;
    int degrades = 0;
    for (const AffectedIntegration &a : report.integrations) {
        if (a.name == integration->name)
            continue;
        (a.kind == ImpactKind::Fails ? fails : degrades) += 1;
    }
    const int processes = int(report.processes.size());
    const int partnerCount = int(report.partners.size());
    m_impactSummary->setText(
        plural(tr("If it breaks, %n other integration(s) would fail and %1 would degrade.", nullptr, fails), fails)
            .arg(degrades)
        + QLatin1Char(' ') + plural(tr("Affected: %n business process(es)", nullptr, processes), processes)
        + QStringLiteral(", ") + plural(tr("%n partner(s).", nullptr, partnerCount), partnerCount));
    m_impactView->expandAll();
    m_stack->setCurrentIndex(1);
}

} // namespace Gatehouse::Ui
