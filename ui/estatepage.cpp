#include "estatepage.h"

#include "emptystate.h"
#include "environmentdetailpane.h"
#include "integrationdetailpane.h"
#include "sitedetailpane.h"

#include "plural.h"

#include "models/environmentmodel.h"
#include "models/impactanalysis.h"
#include "models/integrationfilterproxymodel.h"
#include "models/integrationmodel.h"
#include "models/sitemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Gatehouse::Ui {

using namespace Gatehouse::Models;

namespace {

QTableView *makeTable(QWidget *parent, const QString &objectName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return view;
}

QSortFilterProxyModel *sorted(QAbstractItemModel *source, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    return proxy;
}

// Makes the row whose `role` data is `name` current; false when there is none.
bool selectRow(QTableView *view, int role, const QString &name)
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(role).toString() == name) {
            view->setCurrentIndex(index);
            view->scrollTo(index);
            return true;
        }
    }
    return false;
}

} // namespace

EstatePage::EstatePage(QWidget *parent)
    : QWidget(parent)
    , m_siteModel(new SiteModel(this))
    , m_environmentModel(new EnvironmentModel(this))
    , m_integrationModel(new IntegrationModel(this))
    , m_integrationProxy(new IntegrationFilterProxyModel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_tabs(new QTabWidget(this))
    , m_sitesView(makeTable(this, QStringLiteral("sitesView")))
    , m_environmentsView(makeTable(this, QStringLiteral("environmentsView")))
    , m_integrationsView(makeTable(this, QStringLiteral("integrationsView")))
    , m_search(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_criticality(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_detail(new IntegrationDetailPane(this))
    , m_siteDetail(new SiteDetailPane(this))
    , m_environmentDetail(new EnvironmentDetailPane(this))
{
    setObjectName(QStringLiteral("estatePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_empty->setObjectName(QStringLiteral("estateEmptyState"));
    m_empty->actionButton()->setObjectName(QStringLiteral("openEstateButton"));
    connect(m_empty, &EmptyState::actionTriggered, this, [this] {
        if (m_empty->property("reason").toInt() == int(EmptyReason::Invalid))
            Q_EMIT showErrorsRequested();
        else
            Q_EMIT openEstateRequested();
    });
    m_stack->addWidget(m_empty);

    m_tabs->setObjectName(QStringLiteral("estateTabs"));
    m_tabs->setDocumentMode(true);

    // Integrations: filter bar, table and detail pane side by side.
    auto *integrations = new QWidget(m_tabs);
    auto *intLayout = new QVBoxLayout(integrations);
    intLayout->setContentsMargins(8, 8, 8, 8);
    intLayout->setSpacing(6);
    auto *filterBar = new QHBoxLayout;
    filterBar->setSpacing(8);
    m_search->setObjectName(QStringLiteral("integrationSearch"));
    m_search->setPlaceholderText(tr("Search integrations by name, owner, process or partner (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    filterBar->addWidget(m_search, 1);
    auto *kindLabel = new QLabel(tr("&Kind:"), integrations);
    kindLabel->setBuddy(m_kind);
    filterBar->addWidget(kindLabel);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    filterBar->addWidget(m_kind);
    auto *critLabel = new QLabel(tr("C&riticality:"), integrations);
    critLabel->setBuddy(m_criticality);
    filterBar->addWidget(critLabel);
    m_criticality->setObjectName(QStringLiteral("criticalityFilter"));
    m_criticality->addItem(tr("All"), -1);
    for (Criticality c : {Criticality::Critical, Criticality::High, Criticality::Medium, Criticality::Low})
        m_criticality->addItem(IntegrationModel::criticalityText(c), rank(c));
    filterBar->addWidget(m_criticality);
    m_count->setObjectName(QStringLiteral("integrationCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    filterBar->addWidget(m_count);
    intLayout->addLayout(filterBar);

    m_integrationProxy->setSourceModel(m_integrationModel);
    m_integrationsView->setModel(m_integrationProxy);
    m_integrationsView->sortByColumn(IntegrationModel::NameColumn, Qt::AscendingOrder);
    m_integrationsView->setColumnWidth(IntegrationModel::NameColumn, 190);
    m_integrationsView->setColumnWidth(IntegrationModel::KindColumn, 95);
    m_integrationsView->setColumnWidth(IntegrationModel::CriticalityColumn, 80);
    m_integrationsView->setColumnWidth(IntegrationModel::OwnerColumn, 125);
    m_integrationsView->setColumnWidth(IntegrationModel::ProcessesColumn, 170);
    auto *splitter = new QSplitter(Qt::Horizontal, integrations);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_integrationsView);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({700, 600});
    intLayout->addWidget(splitter, 1);

    // Sites and environments: the table and the selected one in detail, as for integrations.
    auto wrap = [this](QTableView *view, QWidget *detail, int tableWidth) {
        auto *page = new QWidget(m_tabs);
        auto *l = new QVBoxLayout(page);
        l->setContentsMargins(8, 8, 8, 8);
        auto *split = new QSplitter(Qt::Horizontal, page);
        split->setChildrenCollapsible(false);
        split->addWidget(view);
        split->addWidget(detail);
        split->setStretchFactor(0, 2);
        split->setStretchFactor(1, 3);
        split->setSizes({tableWidth, 1300 - tableWidth});
        l->addWidget(split);
        return page;
    };
    auto *siteProxy = sorted(m_siteModel, this);
    m_sitesView->setModel(siteProxy);
    m_sitesView->sortByColumn(SiteModel::NameColumn, Qt::AscendingOrder);
    m_sitesView->setColumnWidth(SiteModel::NameColumn, 140);
    m_sitesView->setColumnWidth(SiteModel::TimeZoneColumn, 135);
    m_sitesView->setColumnWidth(SiteModel::CountryColumn, 65);
    // The stretched last section never shrinks below the width set here: keep it
    // narrow so the table fits beside the detail pane without scrolling.
    m_sitesView->setColumnWidth(SiteModel::CyclesColumn, 55);
    auto *envProxy = sorted(m_environmentModel, this);
    m_environmentsView->setModel(envProxy);
    m_environmentsView->sortByColumn(EnvironmentModel::NameColumn, Qt::AscendingOrder);
    m_environmentsView->setColumnWidth(EnvironmentModel::NameColumn, 120);
    m_environmentsView->setColumnWidth(EnvironmentModel::TierColumn, 85);
    m_environmentsView->setColumnWidth(EnvironmentModel::HostingColumn, 85);
    m_environmentsView->setColumnWidth(EnvironmentModel::SitesColumn, 125);
    m_environmentsView->setColumnWidth(EnvironmentModel::WorkloadsColumn, 75);
    // The detail pane beside it shows the namespace with the Kubernetes context.
    m_environmentsView->setColumnHidden(EnvironmentModel::NamespaceColumn, true);

    m_tabs->addTab(integrations, tr("&Integrations"));
    m_tabs->addTab(wrap(m_sitesView, m_siteDetail, 440), tr("&Sites"));
    m_tabs->addTab(wrap(m_environmentsView, m_environmentDetail, 520), tr("En&vironments"));
    m_stack->addWidget(m_tabs);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_integrationProxy->setSearchText(text);
        updateCount();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_integrationProxy->setKindFilter(m_kind->currentData().toString());
        updateCount();
    });
    connect(m_criticality, &QComboBox::currentIndexChanged, this, [this] {
        m_integrationProxy->setCriticalityFilter(m_criticality->currentData().toInt());
        updateCount();
    });
    connect(m_integrationsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EstatePage::updateDetail);
    connect(m_integrationProxy, &QAbstractItemModel::modelReset, this, &EstatePage::updateDetail);
    connect(m_sitesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EstatePage::updateSiteDetail);
    connect(siteProxy, &QAbstractItemModel::modelReset, this, &EstatePage::updateSiteDetail);
    connect(m_environmentsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EstatePage::updateEnvironmentDetail);
    connect(envProxy, &QAbstractItemModel::modelReset, this, &EstatePage::updateEnvironmentDetail);
    connect(m_environmentDetail, &EnvironmentDetailPane::integrationActivated, this, [this](const QString &name) {
        m_tabs->setCurrentIndex(0);
        if (selectIntegration(name))
            m_integrationsView->setFocus(Qt::OtherFocusReason);
    });

    showEmpty(EmptyReason::NoEstate);
}

EstatePage::~EstatePage() = default;

void EstatePage::setEstate(const EstatePtr &estate, std::shared_ptr<const ImpactAnalysis> analysis)
{
    const QString selected = m_detail->integrationName();
    const QString selectedSite = m_siteDetail->siteName();
    const QString selectedEnvironment = m_environmentDetail->environmentName();
    m_estate = estate;
    m_analysis = std::move(analysis);
    m_siteModel->setEstate(estate);
    m_environmentModel->setEstate(estate);
    m_integrationModel->setEstate(estate);
    rebuildKindFilter();
    updateCount();
    if (!estate) {
        showEmpty(EmptyReason::NoEstate);
        return;
    }
    m_stack->setCurrentWidget(m_tabs);
    // Sites and environments are few: keep the one shown, else show the first,
    // so their tabs open on something rather than a hint.
    if (!selectSite(selectedSite) && m_sitesView->model()->rowCount() > 0)
        m_sitesView->setCurrentIndex(m_sitesView->model()->index(0, 0));
    if (!selectEnvironment(selectedEnvironment) && m_environmentsView->model()->rowCount() > 0)
        m_environmentsView->setCurrentIndex(m_environmentsView->model()->index(0, 0));
    if (!selected.isEmpty() && !selectIntegration(selected))
        m_detail->showIntegration(m_estate, m_analysis.get(), {});
    else if (!selected.isEmpty())
        updateDetail();
}

void EstatePage::showEmpty(EmptyReason reason, const QString &folder)
{
    m_empty->setProperty("reason", int(reason));
    switch (reason) {
    case EmptyReason::NoEstate:
        m_empty->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
        m_empty->setTitle(tr("No estate open"));
        m_empty->setText(tr("An estate is the folder of YAML files that describes your sites, environments, "
                            "integrations, calendars and policies. Open one to see it here."));
        m_empty->setActionText(tr("Open estate…"));
        break;
    case EmptyReason::Loading:
        m_empty->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
        m_empty->setTitle(tr("Loading the estate…"));
        m_empty->setText(tr("Reading and validating every YAML file in %1.").arg(folder));
        m_empty->setActionText({});
        break;
    case EmptyReason::Invalid:
        m_empty->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
        m_empty->setTitle(tr("The estate has errors"));
        m_empty->setText(tr("%1 could not be loaded. Fix the errors listed in the Estate errors panel; "
                            "the estate reloads as soon as its files change.")
                             .arg(folder));
        m_empty->setActionText(tr("Show errors"));
        break;
    }
    m_stack->setCurrentWidget(m_empty);
}

void EstatePage::focusSearch()
{
    if (m_stack->currentWidget() != m_tabs)
        return;
    m_tabs->setCurrentIndex(0);
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool EstatePage::selectIntegration(const QString &name)
{
    const int sourceRow = m_integrationModel->rowOf(name);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_integrationProxy->mapFromSource(m_integrationModel->index(sourceRow, 0));
    if (!index.isValid()) {
        m_search->clear();
        m_kind->setCurrentIndex(0);
        m_criticality->setCurrentIndex(0);
        index = m_integrationProxy->mapFromSource(m_integrationModel->index(sourceRow, 0));
    }
    m_integrationsView->setCurrentIndex(index);
    m_integrationsView->scrollTo(index);
    return index.isValid();
}

bool EstatePage::selectSite(const QString &name)
{
    return !name.isEmpty() && selectRow(m_sitesView, SiteModel::NameRole, name);
}

bool EstatePage::selectEnvironment(const QString &name)
{
    return !name.isEmpty() && selectRow(m_environmentsView, EnvironmentModel::NameRole, name);
}

void EstatePage::rebuildKindFilter()
{
    const QString current = m_kind->currentData().toString();
    QSignalBlocker blocker(m_kind);
    m_kind->clear();
    m_kind->addItem(tr("All kinds"), QString());
    QSet<QString> seen;
    QStringList kinds;
    if (m_estate) {
        for (const Integration &i : m_estate->integrations) {
            if (!seen.contains(i.kind)) {
                seen.insert(i.kind);
                kinds.append(i.kind);
            }
        }
    }
    kinds.sort();
    for (const QString &kind : kinds)
        m_kind->addItem(kind, kind);
    const int index = m_kind->findData(current);
    m_kind->setCurrentIndex(index < 0 ? 0 : index);
    m_integrationProxy->setKindFilter(m_kind->currentData().toString());
}

void EstatePage::updateDetail()
{
    const QModelIndex current = m_integrationsView->currentIndex();
    const QString name = current.isValid() ? current.data(IntegrationModel::NameRole).toString() : QString();
    m_detail->showIntegration(m_estate, m_analysis.get(), name);
}

void EstatePage::updateSiteDetail()
{
    const QModelIndex current = m_sitesView->currentIndex();
    m_siteDetail->showSite(m_estate, current.isValid() ? current.data(SiteModel::NameRole).toString() : QString());
}

void EstatePage::updateEnvironmentDetail()
{
    const QModelIndex current = m_environmentsView->currentIndex();
    m_environmentDetail->showEnvironment(
        m_estate, current.isValid() ? current.data(EnvironmentModel::NameRole).toString() : QString());
}

void EstatePage::updateCount()
{
    const int shown = m_integrationProxy->rowCount();
    const int total = m_integrationModel->rowCount();
    m_count->setText(shown == total ? plural(tr("%n integration(s)", nullptr, total), total)
                                    : tr("%1 of %2 shown").arg(shown).arg(total));
}

} // namespace Gatehouse::Ui
