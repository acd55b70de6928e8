#pragma once

#include "models/estate.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace Gatehouse::Models {
class EnvironmentModel;
class ImpactAnalysis;
class IntegrationFilterProxyModel;
class IntegrationModel;
class SiteModel;
} // namespace Gatehouse::Models

namespace Gatehouse::Ui {

class EmptyState;
class EnvironmentDetailPane;
class IntegrationDetailPane;
class SiteDetailPane;

/// The Estate area: the sites, environments and integrations of the loaded
/// estate, integrations searchable and filterable, the selected integration
/// in a detail pane with its impact; the selected site with its operating
/// cycles and the selected environment with its workloads likewise. Shows an empty state with an
/// "Open estate…" action while no estate is loaded. UI thread only.
class EstatePage : public QWidget
{
    Q_OBJECT

public:
    explicit EstatePage(QWidget *parent = nullptr);
    ~EstatePage() override;

    /// Shows `estate` (keeping the selected integration when it still exists).
    void setEstate(const Models::EstatePtr &estate, std::shared_ptr<const Models::ImpactAnalysis> analysis);
    Models::EstatePtr estate() const { return m_estate; }

    /// What the page says while there is no estate to show.
    enum class EmptyReason { NoEstate, Loading, Invalid };
    void showEmpty(EmptyReason reason, const QString &folder = {});

    /// Moves the keyboard focus to the integration search field.
    void focusSearch();
    /// Selects the integration `name` in the table (clearing filters that hide it).
    bool selectIntegration(const QString &name);
    /// Selects the site / environment `name` in its table (the tab stays as it is).
    bool selectSite(const QString &name);
    bool selectEnvironment(const QString &name);

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *integrationsView() const { return m_integrationsView; }
    IntegrationDetailPane *detailPane() const { return m_detail; }
    QTableView *sitesView() const { return m_sitesView; }
    QTableView *environmentsView() const { return m_environmentsView; }
    SiteDetailPane *siteDetailPane() const { return m_siteDetail; }
    EnvironmentDetailPane *environmentDetailPane() const { return m_environmentDetail; }
    QLineEdit *searchField() const { return m_search; }

Q_SIGNALS:
    void openEstateRequested();
    void showErrorsRequested();

private:
    void rebuildKindFilter();
    void updateDetail();
    void updateSiteDetail();
    void updateEnvironmentDetail();
    void updateCount();

    Models::EstatePtr m_estate;
    std::shared_ptr<const Models::ImpactAnalysis> m_analysis;

    Models::SiteModel *m_siteModel;
    Models::EnvironmentModel *m_environmentModel;
    Models::IntegrationModel *m_integrationModel;
    Models::IntegrationFilterProxyModel *m_integrationProxy;

    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QTabWidget *m_tabs;
    QTableView *m_sitesView;
    QTableView *m_environmentsView;
    QTableView *m_integrationsView;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QComboBox *m_criticality;
    QLabel *m_count;
    IntegrationDetailPane *m_detail;
    SiteDetailPane *m_siteDetail;
    EnvironmentDetailPane *m_environmentDetail;
};

} // namespace Gatehouse::Ui
